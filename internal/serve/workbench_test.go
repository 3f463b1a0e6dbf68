package serve

import (
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/workbench"
)

// TestWorkbench saves a German message through the workbench the server
// mounts, as a browser would, and sees the preview change.
func TestWorkbench(t *testing.T) {
	s, root := newServer(t, nil)
	list := do(s, "GET", "/_doku/translate/messages?locale=de&q=Site.Title")
	if list.Code != http.StatusOK {
		t.Fatalf("the workbench is not mounted: %d", list.Code)
	}
	body := list.Body.String()
	f := url.Values{"other": {"Gadget-Handbuch"}}
	for _, m := range regexp.MustCompile(`<input type="hidden" name="(\w+)" value="([^"]*)">`).FindAllStringSubmatch(body, -1) {
		f.Set(m[1], html.UnescapeString(m[2]))
	}
	r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:1313"+workbench.Prefix+"messages", strings.NewReader(f.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", "http://127.0.0.1:1313")
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, r)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", w.Code, w.Body)
	}
	cat := filepath.Join(root, "locales/de.toml")
	src, _ := os.ReadFile(cat)
	if !strings.Contains(string(src), `other = "Gadget-Handbuch"`) {
		t.Fatalf("de.toml was not saved:\n%s", src)
	}
	before := s.state.Load().version
	if err := s.update([]string{cat}, false); err != nil { // what the watcher does on the save
		t.Fatal(err)
	}
	if s.state.Load().version == before {
		t.Error("the save did not publish a new version: open pages would not reload")
	}
	if page := do(s, "GET", "/de/").Body.String(); !strings.Contains(page, "Gadget-Handbuch") {
		t.Error("the preview does not show the saved title")
	}
	// The server's other paths still take GET only.
	if w := do(s, "POST", "/de/"); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST to a page: %d", w.Code)
	}
	for name := range allFiles(t, s) {
		if strings.HasPrefix(name, "_doku/") {
			t.Errorf("the workbench is part of the site's files: %s", name)
		}
	}
}

// TestNoWorkbenchBeyondLoopback: a server that listens on the network
// offers no workbench, since anyone there could write the site's files.
func TestNoWorkbenchBeyondLoopback(t *testing.T) {
	s, _ := newServer(t, func(o *Options) { o.Addr = "0.0.0.0:1313" })
	if w := do(s, "GET", "/_doku/translate/"); w.Code != http.StatusNotFound {
		t.Errorf("GET %s on 0.0.0.0: %d, want 404", workbench.Prefix, w.Code)
	}
}
