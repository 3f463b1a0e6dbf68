package workbench

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/site"
)

// origin is the server the tests' requests are sent to, as a browser on
// this machine names it.
const origin = "http://127.0.0.1:1313"

const testEN = `# The source catalog.
[Site.Title]
description = "Name of the site."
other = "Gadget reference"

[Greeting]
description = "Greeting; {{.Name}} is the reader's name."
other = "Hello, {{.Name}}"

[Pages]
description = "How many pages."
one = "{{.Count}} page"
other = "{{.Count}} pages"
`

// testDE has a file comment, a comment above a message and one at the
// end of a line: a save must keep all three.
const testDE = `# Deutsch, von Hand gepflegt.

# Der Name der Seite.
[Site.Title]
description = "Name of the site."
other = "Gadget-Referenz" # kurz halten

[Greeting]
# doku: untranslated
description = "Greeting; {{.Name}} is the reader's name."
other = "Hello, {{.Name}}"

[Pages]
description = "How many pages."
one = "eine Seite"
other = "{{.Count}} Seiten"
`

// testSite is a site in a git repository: root with locales/ and
// content/, and a workbench on it.
type testSite struct {
	t     *testing.T
	root  string
	wb    *Workbench
	s     *site.Site
	clock int
}

func newTestSite(t *testing.T, files ...string) *testSite {
	t.Helper()
	ts := &testSite{t: t, root: t.TempDir()}
	ts.write("locales/en-US.toml", testEN, "locales/de.toml", testDE,
		"content/en-us/a/index.md", "---\ntitle: A\nslug: A\n---\n", "content/de/a/index.md", "---\ntitle: A\nslug: A\n---\n")
	ts.write(files...)
	ts.reload()
	ts.wb = New(Options{Root: ts.root, Content: filepath.Join(ts.root, "content"), Site: func() *site.Site { return ts.s }})
	return ts
}

func (ts *testSite) write(files ...string) {
	ts.t.Helper()
	for i := 0; i+1 < len(files); i += 2 {
		p := filepath.Join(ts.root, filepath.FromSlash(files[i]))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			ts.t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(files[i+1]), 0o644); err != nil {
			ts.t.Fatal(err)
		}
	}
}

func (ts *testSite) read(name string) string {
	ts.t.Helper()
	b, err := os.ReadFile(filepath.Join(ts.root, filepath.FromSlash(name)))
	if err != nil {
		ts.t.Fatal(err)
	}
	return string(b)
}

// reload indexes the content tree again, as the preview does after a change.
func (ts *testSite) reload() {
	ts.t.Helper()
	dc := &diag.Collector{}
	tree, err := content.Load(os.DirFS(filepath.Join(ts.root, "content")), content.Options{Name: "content"}, dc)
	if err != nil {
		ts.t.Fatal(err)
	}
	ts.s = site.New(tree, dc)
}

// git runs git in the site with a clock that moves a minute per call.
func (ts *testSite) git(args ...string) string {
	ts.t.Helper()
	ts.clock++
	cmd := exec.Command("git", append([]string{"-C", ts.root}, args...)...)
	date := fmt.Sprintf("2026-01-01T10:%02d:00Z", ts.clock)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t",
		"GIT_COMMITTER_EMAIL=t@example.com", "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		ts.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// commit writes files and commits everything; it returns the commit.
func (ts *testSite) commit(files ...string) string {
	ts.t.Helper()
	ts.write(files...)
	ts.git("add", "-A")
	ts.git("commit", "-q", "--allow-empty", "-m", "change")
	return ts.git("rev-parse", "HEAD")
}

// get sends a GET as a browser on this machine would.
func (ts *testSite) get(target string) *httptest.ResponseRecorder {
	ts.t.Helper()
	return ts.do(httptest.NewRequest(http.MethodGet, origin+target, nil))
}

// post sends form values from a page of origin (no Origin header when
// origin is "").
func (ts *testSite) post(target, origin string, form url.Values) *httptest.ResponseRecorder {
	ts.t.Helper()
	r := httptest.NewRequest(http.MethodPost, "http://127.0.0.1:1313"+target, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if origin != "" {
		r.Header.Set("Origin", origin)
	}
	return ts.do(r)
}

func (ts *testSite) do(r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	ts.wb.ServeHTTP(w, r)
	return w
}

var hiddenRE = regexp.MustCompile(`<input type="hidden" name="(\w+)" value="([^"]*)">`)

// form returns the fields of the form with attribute attr (such as
// data-message-id="Site.Title") in a page, as a browser would send them
// with the textareas' text.
func form(t *testing.T, body, attr string) url.Values {
	t.Helper()
	i := strings.Index(body, attr)
	if i < 0 {
		t.Fatalf("no form with %s in\n%s", attr, body)
	}
	f := body[i:]
	f = f[:strings.Index(f, "</form>")]
	v := url.Values{}
	for _, m := range hiddenRE.FindAllStringSubmatch(f, -1) {
		v.Set(m[1], html.UnescapeString(m[2]))
	}
	for _, m := range regexp.MustCompile(`<textarea name="(\w+)"[^>]*>([^<]*)</textarea>`).FindAllStringSubmatch(f, -1) {
		v.Set(m[1], html.UnescapeString(m[2]))
	}
	return v
}

// checkCatalog runs the checks of 'doku i18n check' on the site's
// catalogs and fails on any error.
func (ts *testSite) checkCatalog() {
	ts.t.Helper()
	dc := &diag.Collector{}
	src, trs := i18n.ReadFiles(os.DirFS(ts.root), i18n.CatalogDir, "", dc)
	if src == nil || len(trs) != 1 {
		ts.t.Fatalf("catalogs not read: %v", dc.All())
	}
	i18n.CheckSource(src, dc)
	i18n.CheckLocale(src, trs[0], dc)
	i18n.CheckRendering(src, trs, dc)
	for _, d := range dc.All() {
		if d.Severity == diag.Error {
			ts.t.Errorf("doku i18n check: %v", d)
		}
	}
}
