package site

import (
	"slices"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/locale"
)

// indexChildren records, for every page, the pages of its locale one
// level below it, in slug order (Pages is sorted), for the area sidebars,
// the site's navigation and the listing macros. The pages at the top are
// the children of "", the slug of a locale folder's own index.md.
func (s *Site) indexChildren() {
	s.children = map[key][]*Page{}
	for _, p := range s.Pages {
		if p.Slug != "" { // "" is the top, no one's child
			k := keyOf(p.Locale, parentSlug(p.Slug))
			s.children[k] = append(s.children[k], p)
		}
	}
}

// Children returns the en-US pages one level below slug (ignoring case),
// whether or not a page exists at slug itself.
func (s *Site) Children(slug string) []*Page { return s.ChildrenIn(locale.Source, slug) }

// ChildrenIn returns the pages of locale loc one level below slug (ignoring
// case), whether or not a page exists at slug itself: the pages of its
// folder's subfolders, as MDN lists a page's subpages.
func (s *Site) ChildrenIn(loc, slug string) []*Page {
	k := keyOf(loc, slug)
	s.reads.Add(deps.Children, k.locale+"\x00"+k.slug)
	return s.children[k]
}

// NavChildren returns the pages one level below slug that a sidebar of a
// page in loc lists: the en-US pages, which stand for their translations,
// then the pages of loc whose slugs English lacks (a translated tree
// ahead of the English one), each in slug order.
func (s *Site) NavChildren(loc, slug string) []*Page {
	en := s.Children(slug)
	if loc == locale.Source {
		return en
	}
	var own []*Page
	for _, p := range s.ChildrenIn(loc, slug) {
		if s.Page(locale.Source, p.Slug) == nil {
			own = append(own, p)
		}
	}
	if len(own) == 0 {
		return en
	}
	return append(slices.Clip(en), own...)
}
