package site

import (
	"cmp"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/locale"
)

// Target is where an internal link leads.
type Target struct {
	Page *Page
	// Fragment is the part after '#', without it.
	Fragment string
	// Fallback is set when the page does not exist in the requested
	// locale and the link leads to the en-US page instead.
	Fallback bool
}

// IsInternal reports whether href is an MDN-style link into the docs of a
// locale: "/<locale>/docs/<slug>", optionally with "#fragment".
func IsInternal(href string) bool {
	_, _, ok := splitDocsPath(href)
	return ok
}

// WithLocale returns href with loc put before a link into the docs that
// names no locale ("/docs/Web/HTML" on a German page is
// "/de/docs/Web/HTML"), as MDN's renderer reads it; any other href as it is.
func WithLocale(href, loc string) string {
	if strings.HasPrefix(href, "/docs/") {
		return "/" + loc + href
	}
	return href
}

// MDNHost is the site MDN's content is written for. Its renderer takes
// links to it as links within the site, and paths outside the docs as
// its own pages.
const MDNHost = "https://developer.mozilla.org"

// HostURL returns the URL on MDN's site of a root-relative link to a
// page or file that site serves outside its documentation, which no
// content tree holds: its files (/shared-assets/...), its Discord invite,
// and the pages of a locale that are not docs (/en-US/play, /en-US/blog/,
// /en-US/observatory, /en-US/curriculum/, /en-US/about). A reader of
// MDN follows such a link to MDN's own page; a doku site leads there
// too, rather than to a path of its own host that has nothing. ok is
// false for any other link, a locale's home ("/de/") included.
func HostURL(href string) (string, bool) {
	p, _, _ := strings.Cut(href, "#")
	p, _, _ = strings.Cut(p, "?")
	rest, ok := strings.CutPrefix(p, "/")
	if !ok || strings.HasPrefix(rest, "/") {
		return "", false
	}
	first, more, _ := strings.Cut(rest, "/")
	switch {
	case first == "shared-assets" || first == "users" && more != "":
	case first == "discord" && more == "":
	case isMDNLocale(first) && more != "" && more != "index.html":
		if next, _, _ := strings.Cut(more, "/"); next == "docs" || next == "" {
			return "", false
		}
	default:
		return "", false
	}
	return MDNHost + href, true
}

// isMDNLocale says whether s is one of the locales MDN's site serves,
// in any case.
func isMDNLocale(s string) bool {
	for _, l := range mdnLocales {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

var mdnLocales = []string{"en-US", "de", "es", "fr", "ja", "ko", "pt-BR", "ru", "zh-CN", "zh-TW"}

// Resolve finds the page an internal link (see IsInternal) leads to. The
// slug matches case-insensitively. A link to a page that moved leads where
// the tree's redirects say, as on MDN. A page that does not exist in the
// link's locale falls back to its en-US version (or where that moved). ok
// is false when nothing exists.
func (s *Site) Resolve(href string) (t Target, ok bool) {
	href, t.Fragment, _ = strings.Cut(href, "#")
	href, _, _ = strings.Cut(href, "?")
	loc, slug, isDocs := splitDocsPath(href)
	if !isDocs {
		return t, false
	}
	loc = s.canonicalLocale(loc)
	if p, frag := s.find(loc, slug); p != nil {
		t.Page = p
		t.Fragment = cmp.Or(t.Fragment, frag)
		return t, true
	}
	if p, frag := s.find(locale.Source, slug); p != nil {
		t.Page, t.Fallback = p, true
		t.Fragment = cmp.Or(t.Fragment, frag)
		return t, true
	}
	return t, false
}

// Redirect is where the tree's redirects send the lower-cased URL from
// ("/de/docs/web/x"), if anywhere.
func (s *Site) Redirect(from string) (string, bool) {
	to, ok := s.redirects[from]
	return to, ok
}

// maxRedirects bounds a chain of redirects, which a broken tree could
// make a loop.
const maxRedirects = 8

// find returns the page of loc with slug, or the page its URL redirects
// to (with the redirect's fragment, if any), or nil.
func (s *Site) find(loc, slug string) (*Page, string) {
	frag := ""
	for range maxRedirects {
		if p := s.Page(loc, slug); p != nil {
			return p, frag
		}
		from := strings.ToLower("/" + loc + "/docs/" + slug)
		s.reads.Add(deps.Redirect, from)
		to, ok := s.redirects[from]
		if !ok {
			return nil, ""
		}
		var isDocs bool
		to, frag, _ = strings.Cut(to, "#")
		if loc, slug, isDocs = splitDocsPath(to); !isDocs {
			return nil, ""
		}
		loc = s.canonicalLocale(loc)
	}
	return nil, ""
}

// canonicalLocale maps "de", "DE" or "en-us" to the spelling in Locales.
func (s *Site) canonicalLocale(l string) string {
	for _, known := range s.Locales {
		if strings.EqualFold(known, l) {
			return known
		}
	}
	return l
}

func splitDocsPath(href string) (locale, slug string, ok bool) {
	href, _, _ = strings.Cut(href, "#")
	href, _, _ = strings.Cut(href, "?")
	rest, ok := strings.CutPrefix(href, "/")
	if !ok {
		return "", "", false
	}
	locale, rest, ok = strings.Cut(rest, "/")
	if !ok || locale == "" {
		return "", "", false
	}
	rest, ok = strings.CutPrefix(rest, "docs/")
	if !ok {
		return "", "", false
	}
	return locale, strings.TrimSuffix(rest, "/"), true
}

// RelURL returns the URL of the output file to, relative to the output
// file from (both slash-separated paths in the output tree). Relative URLs
// keep a site working under any base path and from file://. A URL whose
// first segment holds a colon (MDN's ":-moz-broken" pseudo-class pages)
// starts with "./", or a browser would read "-moz-broken:" as its scheme.
func RelURL(from, to string) string {
	u := relURL(from, to)
	if NeedsDot(u) {
		return "./" + u
	}
	return u
}

// NeedsDot says whether the relative URL u must start with "./": its
// first segment holds a colon, which a browser would read as a scheme.
func NeedsDot(u string) bool {
	first, _, _ := strings.Cut(u, "/")
	return strings.Contains(first, ":")
}

func relURL(from, to string) string {
	fromDir := path.Dir(from)
	if fromDir == "." {
		return to
	}
	fromParts := strings.Split(fromDir, "/")
	toParts := strings.Split(to, "/")
	i := 0
	for i < len(fromParts) && i < len(toParts)-1 && fromParts[i] == toParts[i] {
		i++
	}
	return strings.Repeat("../", len(fromParts)-i) + strings.Join(toParts[i:], "/")
}
