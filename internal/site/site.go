// Package site is the index of a loaded content tree: every page by locale
// and slug, the translations of a page, what a translation inherits from its
// English original, where a link leads, and the sidebar of an API.
//
// A Site is built once by New and never changed after; render workers
// share it read-only without locks.
package site

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/locale"
)

// Page is a page as the site sees it: its file, its effective metadata
// (with what a translation inherits filled in), and where it is written.
type Page struct {
	Src *content.Page
	// Meta is the effective front matter: the page's own keys, and for a
	// translation the keys it does not set taken from its English original.
	Meta   content.FrontMatter
	Locale string
	Slug   string
	// Original is the en-US page a translation was made from; nil for
	// en-US pages and for translations whose original is gone.
	Original *Page

	// out is OutPath, kept by New: rendering a page asks for the paths
	// of every page its sidebar links to, hundreds on most of MDN's.
	// Locale and Slug of a page New made do not change.
	out string
}

// OutPath is the page's file in the output tree:
// "<locale>/docs/<Slug>/index.html".
func (p *Page) OutPath() string {
	if p.out != "" {
		return p.out
	}
	return OutPath(p.Locale, p.Slug)
}

// OutPath is the output file of the page with this locale and slug.
func OutPath(locale, slug string) string {
	return path.Join(locale, "docs", slug, "index.html")
}

// ShortTitle is the short title where there is one (for navigation), else the title.
func (p *Page) ShortTitle() string { return cmp.Or(p.Meta.ShortTitle, p.Meta.Title) }

// Site is the immutable index.
type Site struct {
	// Locales lists the locales built, SourceLocale first.
	Locales []string
	// Pages lists every page, ordered by locale (as in Locales), then slug.
	Pages  []*Page
	Assets []content.Asset

	byKey map[key]*Page
	// redirects maps lower-cased URLs of moved pages to where they went.
	redirects map[string]string
	sidebars  map[key]*Sidebar // by locale and lower-cased slug of the interface page
	children  map[key][]*Page  // by locale and lower-cased slug of their parent
	nav       map[string][]*NavNode
	pathURLs  bool
	// reads, if set, records what is looked up (see Recording).
	reads *deps.Reads
}

type key struct{ locale, slug string }

func keyOf(locale, slug string) key { return key{locale, strings.ToLower(slug)} }

// New indexes tree. Of two pages with the same slug in one locale (also
// when they differ only in case) the later one is dropped and reported: a
// flaw, as real translated trees have such pages and MDN builds them; an
// error in a strict tree, and always when either page's slug is its path
// (howto/install.md beside howto/install/index.md).
func New(tree *content.Tree, dc *diag.Collector) *Site {
	s := &Site{byKey: map[key]*Page{}, Assets: tree.Assets, redirects: tree.Redirects}
	s.Locales = append(s.Locales, locale.Source)
	for _, l := range tree.Locales {
		if l != locale.Source {
			s.Locales = append(s.Locales, l)
		}
	}
	for _, cp := range tree.Pages {
		p := &Page{Src: cp, Meta: cp.Meta, Locale: cp.Locale, Slug: cp.Meta.Slug}
		p.out = OutPath(p.Locale, p.Slug)
		k := keyOf(p.Locale, p.Slug)
		if prev := s.byKey[k]; prev != nil {
			pos := cp.SlugPos
			if pos.File == "" {
				pos = diag.Pos{File: cp.File, Line: 1, Col: 1}
			}
			if cp.SlugFromPath || prev.Src.SlugFromPath {
				// Two files of one site lead to one URL: no page may
				// silently win, as with MDN's slugs below.
				dc.Errorf(pos, diag.PageURL, "rename or move one of the files, or give one a slug: in its front matter",
					"%s and %s are both the page /%s/docs/%s", prev.Src.File, cp.File, p.Locale, p.Slug)
				continue
			}
			report := dc.Warnf
			if tree.Strict {
				report = dc.Errorf
			}
			report(pos, diag.Slug, "give one of the pages another slug, or delete one",
				"slug %q is already used by %s; this page is left out", p.Slug, prev.Src.File)
			continue
		}
		s.byKey[k] = p
		s.Pages = append(s.Pages, p)
	}
	for _, p := range s.Pages {
		if p.Locale == locale.Source {
			continue
		}
		if orig := s.byKey[keyOf(locale.Source, p.Slug)]; orig != nil {
			p.Original = orig
			p.Meta = inherit(p.Meta, orig.Meta)
		} else {
			dc.Warnf(diag.Pos{File: p.Src.File, Line: 1, Col: 1}, diag.Translation,
				"translations share the slug of their en-US page; correct the slug or add the English page",
				"no en-US page has the slug %q; the page has nothing to inherit from", p.Slug)
		}
	}
	order := map[string]int{}
	for i, l := range s.Locales {
		order[l] = i
	}
	slices.SortFunc(s.Pages, func(a, b *Page) int {
		return cmp.Or(cmp.Compare(order[a.Locale], order[b.Locale]), strings.Compare(a.Slug, b.Slug))
	})
	s.indexSidebars()
	s.indexChildren()
	s.indexNav()
	return s
}

// inherit fills the keys a translation leaves out from its original, as MDN
// does: translations carry only title, short-title, slug and l10n.
func inherit(own, orig content.FrontMatter) content.FrontMatter {
	own.PageType = cmp.Or(own.PageType, orig.PageType)
	own.Sidebar = cmp.Or(own.Sidebar, orig.Sidebar)
	if own.Status == nil {
		own.Status = orig.Status
	}
	if own.BrowserCompat == nil {
		own.BrowserCompat = orig.BrowserCompat
	}
	if own.SpecURLs == nil {
		own.SpecURLs = orig.SpecURLs
	}
	return own
}

// Page returns the page with this slug in this locale, ignoring case, or nil.
func (s *Site) Page(locale, slug string) *Page {
	k := keyOf(locale, slug)
	s.reads.Add(deps.Page, k.locale+"\x00"+k.slug)
	return s.byKey[k]
}

// Recording returns a view of s that looks pages up as s does and records
// each question in r: the render cache keeps what each page read of the
// others (see internal/deps). The view shares everything with s.
func (s *Site) Recording(r *deps.Reads) *Site {
	c := *s
	c.reads = r
	return &c
}

// Translations returns the page with p's slug in every locale that has it,
// in the order of Locales.
func (s *Site) Translations(p *Page) []*Page {
	var ts []*Page
	for _, l := range s.Locales {
		if t := s.Page(l, p.Slug); t != nil {
			ts = append(ts, t)
		}
	}
	return ts
}
