package site

import (
	"fmt"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

func TestNewDuplicateSlugs(t *testing.T) {
	tests := []struct {
		name  string
		pages []*content.Page
		// wantErrFile is the file of the page that is dropped, "" for none.
		wantErrFile string
	}{
		{
			name: "same slug twice",
			pages: []*content.Page{
				{Locale: "en-US", File: "content/en-us/a/index.md", Meta: fm("A", "Web/A", "")},
				{Locale: "en-US", File: "content/en-us/a2/index.md", Meta: fm("A2", "Web/A", "")},
			},
			wantErrFile: "content/en-us/a2/index.md",
		},
		{
			name: "slugs that differ only in case",
			pages: []*content.Page{
				{Locale: "en-US", File: "content/en-us/web/api/closeevent/index.md", Meta: fm("CloseEvent", "Web/API/CloseEvent", "")},
				{Locale: "en-US", File: "content/en-us/web/api/closeevent2/index.md", Meta: fm("closeevent", "web/api/closeEVENT", "")},
			},
			wantErrFile: "content/en-us/web/api/closeevent2/index.md",
		},
		{
			name: "same slug in two locales",
			pages: []*content.Page{
				{Locale: "en-US", File: "content/en-us/a/index.md", Meta: fm("A", "Web/A", "")},
				{Locale: "de", File: "content/de/a/index.md", Meta: fm("A", "Web/A", "")},
			},
		},
	}
	for _, tt := range tests {
		for _, strict := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/strict=%v", tt.name, strict), func(t *testing.T) {
				testDuplicateSlugs(t, tt.pages, tt.wantErrFile, strict)
			})
		}
	}
}

// testDuplicateSlugs indexes pages and checks that the page at wantFile
// ("" for none) is reported, as an error in a strict tree and as a
// warning otherwise, and left out.
func testDuplicateSlugs(t *testing.T, pages []*content.Page, wantFile string, strict bool) {
	var dc diag.Collector
	s := New(&content.Tree{Pages: pages, Locales: []string{"de", "en-US"}, Strict: strict}, &dc)
	want := diag.Warning
	if strict {
		want = diag.Error
	}
	var found []diag.Diagnostic
	for _, d := range dc.All() {
		if d.Kind == diag.Slug {
			found = append(found, d)
		}
	}
	if wantFile == "" {
		if len(found) > 0 {
			t.Errorf("unexpected problems: %v", found)
		}
		if len(s.Pages) != len(pages) {
			t.Errorf("%d pages, want %d", len(s.Pages), len(pages))
		}
		return
	}
	if len(found) != 1 {
		t.Fatalf("got %d problems, want 1: %v", len(found), found)
	}
	d := found[0]
	if d.Severity != want || d.Pos != (diag.Pos{File: wantFile, Line: 1, Col: 1}) || !strings.Contains(d.Message, pages[0].File) {
		t.Errorf("problem = %v; want a %v at %s:1:1 naming %s", d, want, wantFile, pages[0].File)
	}
	if len(s.Pages) != 1 || s.Pages[0].Src != pages[0] {
		t.Errorf("pages = %v; want only the first one", s.Pages)
	}
	if p := s.Page("en-US", pages[1].Meta.Slug); p == nil || p.Src != pages[0] {
		t.Errorf("Page(en-US, %q) = %v; want the first page", pages[1].Meta.Slug, p)
	}
}

func TestNewInheritance(t *testing.T) {
	en := page("en-US", content.FrontMatter{
		Title:         "CloseEvent",
		ShortTitle:    "CloseEvent",
		Slug:          "Web/API/CloseEvent",
		PageType:      "web-api-interface",
		Status:        []string{"experimental"},
		BrowserCompat: content.StringList{"api.CloseEvent"},
		SpecURLs:      content.StringList{"https://websockets.spec.whatwg.org/#the-closeevent-interface"},
		Sidebar:       "apiref",
	})
	de := page("de", content.FrontMatter{
		Title: "CloseEvent (Deutsch)",
		Slug:  "Web/API/CloseEvent",
		L10n:  content.L10n{SourceCommit: "abc"},
	})
	// A translation that sets keys of its own keeps them.
	enCode := page("en-US", content.FrontMatter{
		Title: "CloseEvent: code", Slug: "Web/API/CloseEvent/code", PageType: "web-api-instance-property",
		BrowserCompat: content.StringList{"api.CloseEvent.code"},
	})
	deCode := page("de", content.FrontMatter{
		Title: "CloseEvent: code-Eigenschaft", Slug: "web/api/closeevent/CODE", PageType: "guide",
		BrowserCompat: content.StringList{"api.Other"},
	})
	orphan := page("de", fm("Verwaist", "Web/API/Orphan", ""))
	var dc diag.Collector
	s := New(&content.Tree{Pages: []*content.Page{de, deCode, orphan, en, enCode}, Locales: []string{"de", "en-US"}}, &dc)

	want := content.FrontMatter{
		Title:         "CloseEvent (Deutsch)",
		Slug:          "Web/API/CloseEvent",
		PageType:      "web-api-interface",
		Status:        []string{"experimental"},
		BrowserCompat: content.StringList{"api.CloseEvent"},
		SpecURLs:      content.StringList{"https://websockets.spec.whatwg.org/#the-closeevent-interface"},
		Sidebar:       "apiref",
		L10n:          content.L10n{SourceCommit: "abc"},
	}
	p := s.Page("de", "Web/API/CloseEvent")
	if p == nil {
		t.Fatal("no de page")
	}
	if diff := cmp.Diff(want, p.Meta); diff != "" {
		t.Errorf("effective front matter of the translation (-want +got):\n%s", diff)
	}
	if p.ShortTitle() != "CloseEvent (Deutsch)" {
		t.Errorf("ShortTitle() = %q; a translation without short-title uses its own title", p.ShortTitle())
	}
	if p.Original == nil || p.Original.Src != en {
		t.Errorf("Original = %v, want the en-US page", p.Original)
	}
	if p.Src.Meta.PageType != "" {
		t.Errorf("inheritance changed the page's own front matter: %+v", p.Src.Meta)
	}

	pc := s.Page("de", "Web/API/CloseEvent/code")
	if pc == nil {
		t.Fatal("no de code page")
	}
	if pc.Meta.PageType != "guide" || !cmp.Equal(pc.Meta.BrowserCompat, content.StringList{"api.Other"}) {
		t.Errorf("translation's own keys lost: %+v", pc.Meta)
	}
	if pc.Original == nil || pc.Original.Src != enCode {
		t.Errorf("Original of %q = %v; slugs match ignoring case", pc.Slug, pc.Original)
	}

	if o := s.Page("de", "Web/API/Orphan"); o == nil || o.Original != nil {
		t.Errorf("orphan translation = %v; want it kept, with no original", o)
	}
	ds := dc.All()
	if len(ds) != 1 || ds[0].Severity != diag.Warning || ds[0].Kind != "translation" || ds[0].Pos.File != orphan.File {
		t.Errorf("diagnostics = %v; want one translation warning for %s", ds, orphan.File)
	}
	if en := s.Page("en-US", "Web/API/CloseEvent"); en.Original != nil {
		t.Errorf("en-US page has an Original: %v", en.Original)
	}
}

func TestNewOrder(t *testing.T) {
	var dc diag.Collector
	s := New(&content.Tree{
		Pages: []*content.Page{
			page("de", fm("B", "Web/B", "")),
			page("en-US", fm("B", "Web/B", "")),
			page("de", fm("A", "Web/A", "")),
			page("en-US", fm("A", "Web/A", "")),
			page("fr", fm("A", "Web/A", "")),
		},
		Locales: []string{"de", "en-US", "fr"},
	}, &dc)
	if diff := cmp.Diff([]string{"en-US", "de", "fr"}, s.Locales); diff != "" {
		t.Errorf("Locales, en-US first (-want +got):\n%s", diff)
	}
	var got []string
	for _, p := range s.Pages {
		got = append(got, p.Locale+" "+p.Slug)
	}
	want := []string{"en-US Web/A", "en-US Web/B", "de Web/A", "de Web/B", "fr Web/A"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
	var tr []string
	for _, p := range s.Translations(s.Page("en-US", "web/a")) {
		tr = append(tr, p.Locale)
	}
	if diff := cmp.Diff([]string{"en-US", "de", "fr"}, tr); diff != "" {
		t.Errorf("Translations (-want +got):\n%s", diff)
	}
}

// TestNewPathsToOneURL fails a site two of whose files lead to one URL
// when either takes its URL from its path: an error naming both files,
// strict or not, and only the first page kept.
func TestNewPathsToOneURL(t *testing.T) {
	for _, strict := range []bool{false, true} {
		var dc diag.Collector
		s := New(&content.Tree{Strict: strict, Locales: []string{"en-US"}, Pages: []*content.Page{
			{Locale: "en-US", File: "content/en-US/howto/install.md", Meta: fm("Install", "howto/install", ""), SlugFromPath: true},
			{Locale: "en-US", File: "content/en-US/howto/install/index.md", Meta: fm("Install", "howto/install", ""), SlugFromPath: true},
			{Locale: "en-US", File: "content/en-US/guide.md", Meta: fm("Guide", "Setup", "")},
			{Locale: "en-US", File: "content/en-US/setup.md", Meta: fm("Setup", "setup", ""), SlugFromPath: true},
		}}, &dc)
		ds := dc.All()
		if len(ds) != 2 {
			t.Fatalf("strict=%v: got %v, want two errors", strict, ds)
		}
		for i, want := range []string{
			"content/en-US/howto/install.md and content/en-US/howto/install/index.md are both the page /en-US/docs/howto/install",
			"content/en-US/guide.md and content/en-US/setup.md are both the page /en-US/docs/setup",
		} {
			if ds[i].Severity != diag.Error || ds[i].Kind != "page-url" || ds[i].Message != want {
				t.Errorf("strict=%v: diagnostic %d = %v, want error %q [page-url]", strict, i, ds[i], want)
			}
		}
		if len(s.Pages) != 2 {
			t.Errorf("strict=%v: %d pages kept, want 2", strict, len(s.Pages))
		}
	}
}
