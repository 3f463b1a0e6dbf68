package markdown_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/mdn"
	"github.com/doku-docs/doku/internal/site"
)

// The fixture site: CloseEvent and its code page in en-US and de,
// WebSocket in en-US only.
const (
	closeEvent = "Web/API/CloseEvent"
	code       = "Web/API/CloseEvent/code"
	webSocket  = "Web/API/WebSocket"
	// bodyLine is the line every fixture page's body starts on.
	bodyLine = 5
)

var catalogs = fstest.MapFS{
	"locales/en-US.toml": {Data: []byte(`
[Callout.note]
description = "Label of a note."
other = "Note"

[Callout.warning]
description = "Label of a warning."
other = "Warning"

[Callout.callout]
description = "Label of a highlighted box."
other = "Callout"

[Link.OnlyInEnglish]
description = "Marker after a link to an English page."
other = "(English)"

[Link.NotWritten]
description = "Title of a link to a page not written yet."
other = "This page has not been written yet"

`)},
	"locales/de.toml": {Data: []byte(`
[Callout.note]
description = "Label of a note."
other = "Hinweis"

[Callout.warning]
description = "Label of a warning."
other = "Warnung"

[Callout.callout]
description = "Label of a highlighted box."
other = "Hervorhebung"

[Link.OnlyInEnglish]
description = "Marker after a link to an English page."
other = "(Englisch)"

[Link.NotWritten]
description = "Title of a link to a page not written yet."
other = "Diese Seite ist noch nicht geschrieben"

`)},
}

// fixturePage is a content page as Load would make it.
func fixturePage(locale, slug, title, pageType string, body string) *content.Page {
	p := strings.ToLower(locale) + "/" + content.FolderFor(slug) + "/index.md"
	fm := content.FrontMatter{Title: title, Slug: slug, PageType: pageType}
	if locale == "en-US" && slug == closeEvent {
		fm.BrowserCompat = content.StringList{"api.CloseEvent"}
	}
	return &content.Page{Locale: locale, Path: p, File: "content/" + p, Meta: fm, Body: []byte(body), BodyLine: bodyLine}
}

// rendered is the outcome of rendering one page.
type rendered struct {
	html     string
	headings []markdown.Heading
	diags    []diag.Diagnostic
	file     string
}

// render renders body as the page slug in locale of the fixture site.
func render(t *testing.T, locale, slug, body string, strict bool) rendered {
	t.Helper()
	f := newFixture(t)
	return f.render(t, locale, slug, body, strict)
}

// fixture is the fixture site, indexed, with its catalogs.
type fixture struct {
	site *site.Site
	cats *i18n.Catalogs
	md   *markdown.Renderer
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	pages := []*content.Page{
		fixturePage("en-US", closeEvent, "CloseEvent", "web-api-interface", "Text\n"),
		fixturePage("en-US", code, "CloseEvent: code", "web-api-instance-property", "Text\n"),
		fixturePage("en-US", webSocket, "WebSocket", "web-api-interface", "Text\n"),
		fixturePage("de", closeEvent, "CloseEvent", "", "Text\n"),
		fixturePage("de", code, "CloseEvent: code", "", "Text\n"),
	}
	var dc diag.Collector
	s := site.New(&content.Tree{Pages: pages, Locales: []string{"de", "en-US"}}, &dc)
	cats := i18n.Load(catalogs, "locales", []string{"en-US", "de"}, &dc)
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("fixture has diagnostics: %v", ds)
	}
	return &fixture{site: s, cats: cats, md: markdown.New(mdn.Registry())}
}

// render renders body as the page (locale, slug) of the fixture.
func (f *fixture) render(t testing.TB, locale, slug, body string, strict bool) rendered {
	t.Helper()
	p := f.site.Page(locale, slug)
	if p == nil {
		t.Fatalf("no fixture page %s %s", locale, slug)
	}
	p.Src.Body = []byte(body)
	var dc diag.Collector
	env := &macro.Env{Site: f.site, Page: p, L: f.cats.Localizer(locale, &dc)}
	res, err := f.md.Render(env, &dc, strict)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	return rendered{html: string(res.HTML), headings: res.Headings, diags: dc.All(), file: p.Src.File}
}

// noDiags fails the test when r has diagnostics.
func (r rendered) noDiags(t *testing.T) {
	t.Helper()
	if len(r.diags) > 0 {
		t.Errorf("unexpected diagnostics: %v", r.diags)
	}
}

// contains fails the test unless the HTML holds each of parts.
func (r rendered) contains(t *testing.T, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(r.html, p) {
			t.Errorf("HTML lacks %q:\n%s", p, r.html)
		}
	}
}

// lacks fails the test if the HTML holds any of parts.
func (r rendered) lacks(t *testing.T, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if strings.Contains(r.html, p) {
			t.Errorf("HTML holds %q:\n%s", p, r.html)
		}
	}
}
