package site

import (
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

// sidebarSite has two APIs, pages in nested folders, a page type that is
// not a sidebar group and a page outside every API. The pages are listed
// out of order on purpose.
func sidebarSite() *Site {
	var dc diag.Collector
	return New(&content.Tree{
		Pages: []*content.Page{
			page("en-US", fm("wasClean", "Web/API/CloseEvent/wasClean", "web-api-instance-property")),
			page("en-US", fm("More examples", "Web/API/CloseEvent/examples/more", "guide")),
			page("en-US", fm("close event", "Web/API/WebSocket/close_event", "web-api-event")),
			page("en-US", fm("code", "Web/API/CloseEvent/code", "web-api-instance-property")),
			page("en-US", fm("CloseEvent()", "Web/API/CloseEvent/CloseEvent", "web-api-constructor")),
			page("en-US", fm("zeta", "Web/API/closeEvent/zeta", "web-api-instance-property")),
			page("en-US", fm("initCloseEvent", "Web/API/CloseEvent/initCloseEvent", "web-api-instance-method")),
			page("en-US", fm("reason", "Web/API/CloseEvent/reason", "web-api-instance-property")),
			page("en-US", fm("CloseEvent", "Web/API/CloseEvent", "web-api-interface")),
			page("en-US", fm("Landing", "Web/API/CloseEvent/landing", "landing-page")),
			page("en-US", fm("close()", "Web/API/WebSocket/close", "web-api-instance-method")),
			page("en-US", fm("WebSocket", "Web/API/WebSocket", "web-api-interface")),
			page("en-US", fm("Guide", "Web/Guide/WebSockets", "guide")),
			page("en-US", fm("Web APIs", "Web/API", "landing-page")),
			page("de", fm("code", "Web/API/CloseEvent/code", "")),
			page("de", fm("Nur Deutsch", "Web/API/CloseEvent/nurdeutsch", "guide")),
		},
		Locales: []string{"de", "en-US"},
	}, &dc)
}

// sidebarShape is a sidebar as slugs: the root, then each group's page
// type followed by its pages.
func sidebarShape(sb *Sidebar) []string {
	if sb == nil {
		return nil
	}
	out := []string{sb.Root.Locale + " " + sb.Root.Slug}
	for _, g := range sb.Groups {
		out = append(out, "["+g.PageType+"]")
		for _, p := range g.Pages {
			out = append(out, p.Locale+" "+p.Slug)
		}
	}
	return out
}

func TestSidebarFor(t *testing.T) {
	s := sidebarSite()
	closeEvent := []string{
		"en-US Web/API/CloseEvent",
		"[web-api-constructor]",
		"en-US Web/API/CloseEvent/CloseEvent",
		"[web-api-instance-property]",
		"en-US Web/API/CloseEvent/code",
		"en-US Web/API/CloseEvent/reason",
		"en-US Web/API/CloseEvent/wasClean",
		"en-US Web/API/closeEvent/zeta",
		"[web-api-instance-method]",
		"en-US Web/API/CloseEvent/initCloseEvent",
		"[guide]",
		"en-US Web/API/CloseEvent/examples/more",
	}
	webSocket := []string{
		"en-US Web/API/WebSocket",
		"[web-api-instance-method]",
		"en-US Web/API/WebSocket/close",
		"[web-api-event]",
		"en-US Web/API/WebSocket/close_event",
	}
	tests := []struct {
		locale, slug string
		want         []string
	}{
		{"en-US", "Web/API/CloseEvent", closeEvent},
		{"en-US", "Web/API/CloseEvent/code", closeEvent},
		{"en-US", "Web/API/CloseEvent/examples/more", closeEvent},
		{"en-US", "Web/API/CloseEvent/landing", closeEvent},
		{"en-US", "Web/API/closeEvent/zeta", closeEvent},
		{"de", "Web/API/CloseEvent/code", closeEvent},
		{"de", "Web/API/CloseEvent/nurdeutsch", closeEvent},
		{"en-US", "Web/API/WebSocket/close_event", webSocket},
		{"en-US", "Web/API/WebSocket", webSocket},
		{"en-US", "Web/Guide/WebSockets", nil},
		{"en-US", "Web/API", nil},
	}
	for _, tt := range tests {
		p := s.Page(tt.locale, tt.slug)
		if p == nil {
			t.Fatalf("no page %s %s", tt.locale, tt.slug)
		}
		if diff := cmp.Diff(tt.want, sidebarShape(s.SidebarFor(p))); diff != "" {
			t.Errorf("SidebarFor(%s %s) (-want +got):\n%s", tt.locale, tt.slug, diff)
		}
	}
}
