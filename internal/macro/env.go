package macro

import (
	"fmt"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/site"
)

// Env is what a macro may read while one page is rendered in one locale.
// One Env serves one render; macros record what they ask of the layout in
// it (a sidebar, say).
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

	// WantsSidebar is set by the sidebar macros, SidebarGroup to the API
	// group they name ("WebSockets API").
	WantsSidebar bool
	SidebarGroup string
	// Area is the slug of the reference area whose sidebar an area
	// sidebar macro (JSRef, CSSRef, ...) asked for.
	Area string
	// LiveSamples lists the samples EmbedLiveSample asked for.
	LiveSamples []LiveSample
	// callOffset is the byte offset of the call being expanded.
	callOffset int
	// Fallbacks lists the links resolved to English pages since the last
	// call of TakeFallbacks, so they can be reported where they occur.
	fallbacks []string
}

// TakeFallbacks returns and forgets the hrefs that fell back to English.
func (e *Env) TakeFallbacks() []string {
	f := e.fallbacks
	e.fallbacks = nil
	return f
}

// Link is the result of resolving an internal link for the current page.
type Link struct {
	// URL is relative to the current page.
	URL string
	// Fallback is set when the link leads to the English page because the
	// page's locale has no translation; render FallbackMarker after it.
	Fallback bool
}

// BrokenLinkError is returned for a link to a page that exists in no locale.
type BrokenLinkError struct{ Href string }

func (e *BrokenLinkError) Error() string {
	return fmt.Sprintf("link to %s leads to no page", e.Href)
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
	if t.Fallback {
		e.fallbacks = append(e.fallbacks, href)
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

// ArgError reports a call with wrong arguments.
type ArgError struct{ Msg string }

func (e *ArgError) Error() string { return e.Msg }

// stringArg returns argument i as a string, def when it is absent.
func stringArg(args []Arg, i int, def string) string {
	if i < len(args) {
		return args[i].Value
	}
	return def
}

// wantArgs checks the number of arguments.
func wantArgs(args []Arg, lo, hi int, usage string) error {
	if len(args) < lo || len(args) > hi {
		return &ArgError{Msg: fmt.Sprintf("takes %s, got %d arguments", usage, len(args))}
	}
	return nil
}

// FlawHTML is the visible marker a call that failed renders to: the call
// as written, marked, with the problem in its title.
func FlawHTML(source, problem string) string {
	return `<span class="flaw" title="` + html.EscapeString(problem) + `">` +
		html.EscapeString(strings.TrimSpace(source)) + `</span>`
}
