package site

import (
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/locale"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// NavNode is an entry of a site's navigation made from its folders: a
// page, or a folder that has no page of its own (Page nil, Name the
// folder's name), with what lies below it.
type NavNode struct {
	// Page is the en-US page; the navigation shows its translation in
	// the reader's locale where there is one.
	Page     *Page
	Name     string
	Children []*NavNode
}

// Nav is the navigation of locale made from the folders of the content
// tree, for a site whose pages take their URLs from their paths (see
// PathURLs): the locale folder's own index.md first, then the pages and
// folders at the top, each folder holding what it holds. Entries of a
// folder are sorted by the title the reader sees (the translation's
// where there is one), as the locale's alphabet orders them
// (golang.org/x/text/collate: "Über" next to "U" in German, not after
// "Z"). Nil for other sites.
func (s *Site) Nav(loc string) []*NavNode {
	s.reads.Add(deps.Nav, loc)
	return s.nav[loc]
}

// PathURLs reports whether any page takes its URL from its path rather
// than from a slug in its front matter: such a site gets a navigation
// (Nav). MDN's trees, where every page names its slug, do not.
func (s *Site) PathURLs() bool {
	s.reads.Add(deps.PathURLs, "")
	return s.pathURLs
}

// indexNav builds Nav for every locale, from the en-US pages.
func (s *Site) indexNav() {
	for _, p := range s.Pages {
		s.pathURLs = s.pathURLs || p.Src.SlugFromPath
	}
	if !s.pathURLs {
		return
	}
	s.nav = map[string][]*NavNode{}
	for _, loc := range s.Locales {
		top := &NavNode{}
		for _, p := range s.Pages {
			if p.Locale == locale.Source && p.Slug != "" {
				insertNav(top, p)
			}
		}
		c := collate.New(language.Make(loc), collate.Loose, collate.Numeric)
		s.sortNav(top, loc, c)
		if root := s.Page(locale.Source, ""); root != nil {
			top.Children = append([]*NavNode{{Page: root}}, top.Children...)
		}
		s.nav[loc] = top.Children
	}
}

// insertNav puts p below top at its slug's folders, making the folders
// that have no page on the way.
func insertNav(top *NavNode, p *Page) {
	n := top
	for seg := range strings.SplitSeq(p.Slug, "/") {
		var next *NavNode
		for _, c := range n.Children {
			if strings.EqualFold(c.Name, seg) {
				next = c
				break
			}
		}
		if next == nil {
			next = &NavNode{Name: seg}
			n.Children = append(n.Children, next)
		}
		n = next
	}
	n.Page = p
}

// sortNav sorts every folder below n by the titles loc's readers see.
// A collator is not safe for concurrent use: indexNav makes one per
// locale, and New runs alone.
func (s *Site) sortNav(n *NavNode, loc string, c *collate.Collator) {
	title := func(m *NavNode) string {
		if m.Page == nil {
			return m.Name
		}
		if t := s.Page(loc, m.Page.Slug); t != nil {
			return t.ShortTitle()
		}
		return m.Page.ShortTitle()
	}
	keys := map[*NavNode]string{}
	for _, m := range n.Children {
		keys[m] = title(m)
		s.sortNav(m, loc, c)
	}
	slices.SortStableFunc(n.Children, func(a, b *NavNode) int {
		if d := c.CompareString(keys[a], keys[b]); d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
}
