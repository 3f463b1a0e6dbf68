package site

import (
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
)

// linkSite has CloseEvent in en-US and de, its code page and WebSocket in
// en-US only, and redirects: a German page that moved, an English one that
// moved to a section, a loop, and one out of the docs.
func linkSite() *Site {
	var dc diag.Collector
	return New(&content.Tree{
		Pages: []*content.Page{
			page("en-US", fm("CloseEvent", "Web/API/CloseEvent", "web-api-interface")),
			page("en-US", fm("code", "Web/API/CloseEvent/code", "web-api-instance-property")),
			page("en-US", fm("WebSocket", "Web/API/WebSocket", "web-api-interface")),
			page("de", fm("CloseEvent", "Web/API/CloseEvent", "")),
		},
		Locales: []string{"de", "en-US"},
		Redirects: map[string]string{
			"/de/docs/web/api/alt":    "/de/docs/Web/API/CloseEvent",
			"/en-us/docs/web/api/old": "/en-US/docs/Web/API/WebSocket#close",
			"/en-us/docs/a":           "/en-US/docs/B",
			"/en-us/docs/b":           "/en-US/docs/A",
			"/de/docs/web/api/weg":    "https://example.org/",
		},
	}, &dc)
}

func TestResolve(t *testing.T) {
	s := linkSite()
	tests := []struct {
		href string
		ok   bool
		// wantPage is "<locale> <slug>" of the target.
		wantPage     string
		wantFragment string
		wantFallback bool
	}{
		{href: "/en-US/docs/Web/API/CloseEvent", ok: true, wantPage: "en-US Web/API/CloseEvent"},
		{href: "/en-us/docs/web/api/closeevent", ok: true, wantPage: "en-US Web/API/CloseEvent"},
		{href: "/EN-US/docs/WEB/API/CLOSEEVENT/CODE", ok: true, wantPage: "en-US Web/API/CloseEvent/code"},
		{href: "/en-US/docs/Web/API/CloseEvent/", ok: true, wantPage: "en-US Web/API/CloseEvent"},
		{href: "/de/docs/Web/API/CloseEvent", ok: true, wantPage: "de Web/API/CloseEvent"},
		{href: "/DE/docs/web/api/CloseEvent", ok: true, wantPage: "de Web/API/CloseEvent"},
		{href: "/de/docs/Web/API/CloseEvent#Beispiele", ok: true, wantPage: "de Web/API/CloseEvent", wantFragment: "Beispiele"},
		{href: "/en-US/docs/Web/API/CloseEvent?x=1#y", ok: true, wantPage: "en-US Web/API/CloseEvent", wantFragment: "y"},
		{href: "/de/docs/Web/API/CloseEvent/code", ok: true, wantPage: "en-US Web/API/CloseEvent/code", wantFallback: true},
		{href: "/de/docs/Web/API/WebSocket#close", ok: true, wantPage: "en-US Web/API/WebSocket", wantFragment: "close", wantFallback: true},
		{href: "/fr/docs/Web/API/WebSocket", ok: true, wantPage: "en-US Web/API/WebSocket", wantFallback: true},
		{href: "/de/docs/Web/API/Alt#Beispiele", ok: true, wantPage: "de Web/API/CloseEvent", wantFragment: "Beispiele"},
		{href: "/en-US/docs/Web/API/Old", ok: true, wantPage: "en-US Web/API/WebSocket", wantFragment: "close"},
		{href: "/en-US/docs/Web/API/Old#send", ok: true, wantPage: "en-US Web/API/WebSocket", wantFragment: "send"},
		{href: "/de/docs/Web/API/Old", ok: true, wantPage: "en-US Web/API/WebSocket", wantFragment: "close", wantFallback: true},
		{href: "/en-US/docs/A"},
		{href: "/de/docs/Web/API/Weg"},
		{href: "/de/docs/Web/API/Nope"},
		{href: "/en-US/docs/Web/API/Nope"},
		{href: "/en-US/docs/Web/API/CloseEvent/code/extra"},
		{href: "/en-US/docs/"},
		{href: "/en-US/docs"},
		{href: "/en-US/blog/Web/API/CloseEvent"},
		{href: "https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent"},
		{href: "Web/API/CloseEvent"},
		{href: "#Beispiele"},
		{href: ""},
	}
	for _, tt := range tests {
		tg, ok := s.Resolve(tt.href)
		if ok != tt.ok {
			t.Errorf("Resolve(%q): ok = %v, want %v", tt.href, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := tg.Page.Locale + " " + tg.Page.Slug; got != tt.wantPage {
			t.Errorf("Resolve(%q): page %q, want %q", tt.href, got, tt.wantPage)
		}
		if tg.Fragment != tt.wantFragment || tg.Fallback != tt.wantFallback {
			t.Errorf("Resolve(%q): fragment %q, fallback %v; want %q, %v", tt.href, tg.Fragment, tg.Fallback, tt.wantFragment, tt.wantFallback)
		}
	}
}

func TestIsInternal(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/en-US/docs/Web/API/CloseEvent", true},
		{"/de/docs/Web/API/CloseEvent#Beispiele", true},
		{"/de/docs/Web/API/Nope", true}, // internal, even if it leads nowhere
		{"/en-US/docs/Web?x=1", true},
		{"/en-US/docs", false},
		{"/en-US/blog/x", false},
		{"/docs/Web", false},
		{"//docs/Web", false},
		{"//example.com/docs/x", false},
		{"https://developer.mozilla.org/en-US/docs/Web", false},
		{"mailto:a@example.com", false},
		{"../code/index.html", false},
		{"#top", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsInternal(tt.href); got != tt.want {
			t.Errorf("IsInternal(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}

func TestRelURL(t *testing.T) {
	tests := []struct{ from, to, want string }{
		{"en-US/docs/Web/API/A/index.html", "en-US/docs/Web/API/A/index.html", "index.html"},
		{"en-US/docs/Web/API/A/index.html", "en-US/docs/Web/API/A/diagram.png", "diagram.png"},
		{"en-US/docs/Web/API/A/index.html", "en-US/docs/Web/API/B/index.html", "../B/index.html"},
		{"en-US/docs/Web/API/A/code/index.html", "en-US/docs/Web/API/A/index.html", "../index.html"},
		{"en-US/docs/Web/API/A/index.html", "en-US/docs/Web/API/A/code/index.html", "code/index.html"},
		{"en-US/docs/Web/API/A/code/index.html", "en-US/docs/Web/API/B/reason/index.html", "../../B/reason/index.html"},
		{"de/docs/Web/API/A/index.html", "en-US/docs/Web/API/A/index.html", "../../../../../en-US/docs/Web/API/A/index.html"},
		{"de/docs/Web/API/A/index.html", "en-US/docs/Web/API/WebSocket/index.html", "../../../../../en-US/docs/Web/API/WebSocket/index.html"},
		{"en-US/docs/Web/API/A/index.html", "index.html", "../../../../../index.html"},
		{"en-US/docs/Web/API/A/index.html", "static/doku.css", "../../../../../static/doku.css"},
		{"index.html", "en-US/docs/Web/API/A/index.html", "en-US/docs/Web/API/A/index.html"},
		{"index.html", "static/doku.css", "static/doku.css"},
		{"en-US/index.html", "de/index.html", "../de/index.html"},
		// A folder named like the target file is not a common prefix.
		{"a/index.html/x.html", "a/index.html", "../index.html"},
		// Names are compared exactly: "Web" and "web" are different folders.
		{"en-US/docs/web/x/index.html", "en-US/docs/Web/y/index.html", "../../Web/y/index.html"},
		// A colon in the first segment would read as a scheme.
		{"en-US/docs/Web/CSS/Selectors/index.html", "en-US/docs/Web/CSS/Selectors/:hover/index.html", "./:hover/index.html"},
		{"index.html", "a:b/index.html", "./a:b/index.html"},
		{"en-US/docs/Web/CSS/Selectors/:hover/index.html", "en-US/docs/Web/CSS/Selectors/:active/index.html", "../:active/index.html"},
	}
	for _, tt := range tests {
		if got := RelURL(tt.from, tt.to); got != tt.want {
			t.Errorf("RelURL(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestHostURL(t *testing.T) {
	for href, want := range map[string]string{
		"/en-US/play":                    MDNHost + "/en-US/play",
		"/en-US/observatory/analyze?x=1": MDNHost + "/en-US/observatory/analyze?x=1",
		"/de/blog/post/#top":             MDNHost + "/de/blog/post/#top",
		"/discord":                       MDNHost + "/discord",
		"/shared-assets/images/a.png":    MDNHost + "/shared-assets/images/a.png",
		"/users/1":                       MDNHost + "/users/1",
		"/en-US/docs/Web":                "",
		"/en-US/":                        "",
		"/de/index.html":                 "",
		"/de":                            "",
		"/api/thing":                     "",
		"//example.org/x":                "",
		"https://example.org/en-US/play": "",
		"play":                           "",
		"/discord/more":                  "",
	} {
		got, ok := HostURL(href)
		if ok != (want != "") || got != want {
			t.Errorf("HostURL(%q) = %q, %v; want %q", href, got, ok, want)
		}
	}
}

func TestWithLocale(t *testing.T) {
	for _, c := range [][3]string{
		{"/docs/Web/HTML", "de", "/de/docs/Web/HTML"},
		{"/en-US/docs/Web/HTML", "de", "/en-US/docs/Web/HTML"},
		{"/docsy", "de", "/docsy"},
		{"docs/Web", "de", "docs/Web"},
	} {
		if got := WithLocale(c[0], c[1]); got != c[2] {
			t.Errorf("WithLocale(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
