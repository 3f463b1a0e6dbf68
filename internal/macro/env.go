package macro

import (
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/site"
)

// Env is what a macro may read while one page is rendered in one locale:
// read-only context. What a call asks of the page goes into its Result.
type Env struct {
	Site       *site.Site
	Page       *site.Page
	L          *i18n.Localizer
	CloseCodes *closecode.Table
	// Compat is the browser-compat data; nil when the site has none.
	Compat     *compat.Data
	SpecTitles *compat.SpecTitles

	// HeadingID is the ID a heading with this text gets, for links into
	// the page (set by the renderer).
	HeadingID func(text string) string
	// API is MDN's API data (jsondata/), nil when the tree has none.
	API *apidata.Data
	// Data is the reference data of the data folder; nil without one.
	Data *refdata.Data
	// NoCatalog says the page's locale has no catalog: its messages
	// are English, and a macro may prefer localized text its data has.
	NoCatalog bool
	// Asset is the URL, relative to the page, of the theme's static file
	// called name ("ix-console.js"), for files the page's frames load;
	// nil when the page is rendered without a theme.
	Asset func(name string) (string, error)
	// Body is the Markdown body of another page of the site (the load
	// may have left bodies out, to be read again when needed), for the
	// macros that show a page's summary; nil when the renderer gives
	// none, and those macros show none.
	Body func(p *site.Page) ([]byte, error)
	// Reads, if set, records what the page reads of the data (see
	// internal/deps); macros that read Compat, Data or SpecTitles call
	// Read.
	Reads *deps.Reads
}

// Read records that the page read something of the model (a
// browser-compat feature, a data file): see internal/deps.
func (e *Env) Read(kind, key string) { e.Reads.Add(kind, key) }

// Link is the result of resolving an internal link for the current page.
type Link struct {
	// URL is relative to the current page.
	URL string
	// Fallback is set when the link leads to the English page because the
	// page's locale has no translation; render FallbackMarker after it,
	// and report the link.
	Fallback bool
}

// ResolveLink resolves an MDN-style href ("/de/docs/Web/API/Event#x") for
// the current page.
func (e *Env) ResolveLink(href string) (Link, error) {
	t, ok := e.Site.Resolve(href)
	if !ok {
		return Link{}, &BrokenLinkError{Href: href}
	}
	u := site.RelURL(e.Page.OutPath(), t.Page.OutPath())
	if t.Fragment != "" {
		u += "#" + t.Fragment
	}
	return Link{URL: u, Fallback: t.Fallback}, nil
}

// FallbackMarker is the visible, localized note after a link that leads to
// an English page from a page in another locale.
func (e *Env) FallbackMarker() string {
	return fallbackMarkerOpen + html.EscapeString(e.L.T("Link.OnlyInEnglish")) + `</span>`
}

// fallbackMarkerOpen starts every fallback marker; PlainText leaves
// markers out, so a heading's ID does not change when a translation of the
// page it links to appears.
const fallbackMarkerOpen = `<span class="fallback-marker">`

// FlawHTML is the visible marker a call that failed renders to: the call
// as written, marked, with the problem in its title.
func FlawHTML(source, problem string) string {
	return `<span class="flaw" title="` + html.EscapeString(problem) + `">` +
		html.EscapeString(strings.TrimSpace(source)) + `</span>`
}
