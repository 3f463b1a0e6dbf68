package site

import (
	"path"
	"strings"
	"testing"
)

// FuzzResolve checks the link resolver on any href: it never panics; a
// link it accepts is an MDN docs path and leads to a page of the site,
// whose fragment is what follows the first '#'; and the relative URL
// written for it, followed from any page, arrives at that page's file
// without leaving the output.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"", "#", "/", "//", "/de/docs/", "/en-US/docs/Web/API/CloseEvent", "/en-us/docs/web/api/closeevent/code/",
		"/de/docs/Web/API/CloseEvent#browser-kompatibilität", "/de/docs/Web/API/CloseEvent/code#1006",
		"/fr/docs/Web/API/WebSocket?x=1#y", "/de/docs/../../etc/passwd", "/de/docs/Web/API/%2e%2e/x",
		"/de/docs/Web\\API", "/de/docs/Web/API/CloseEvent\x00", "/%/docs/x", "https://example.org/de/docs/x",
		"/de/docs//Web/API/CloseEvent", "/de/docs/Web/API/CloseEvent/./code",
	} {
		f.Add(s)
	}
	s := linkSite()
	f.Fuzz(func(t *testing.T, href string) {
		tg, ok := s.Resolve(href)
		if !ok {
			return
		}
		if !IsInternal(href) {
			t.Fatalf("Resolve(%q) accepted a link IsInternal rejects", href)
		}
		if tg.Page == nil || s.Page(tg.Page.Locale, tg.Page.Slug) != tg.Page {
			t.Fatalf("Resolve(%q) = %+v: not a page of the site", href, tg)
		}
		if _, frag, _ := strings.Cut(href, "#"); frag != tg.Fragment && frag != "" {
			t.Fatalf("Resolve(%q): fragment %q, want %q", href, tg.Fragment, frag)
		}
		for _, from := range s.Pages {
			u := RelURL(from.OutPath(), tg.Page.OutPath())
			if strings.HasPrefix(u, "/") || strings.Contains(u, ":") {
				t.Fatalf("RelURL(%q, %q) = %q is not relative", from.OutPath(), tg.Page.OutPath(), u)
			}
			if got := path.Join(path.Dir(from.OutPath()), u); got != tg.Page.OutPath() {
				t.Fatalf("from %s, %q leads to %s, want %s", from.OutPath(), u, got, tg.Page.OutPath())
			}
		}
	})
}
