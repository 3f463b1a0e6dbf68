package site

import (
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/locale"
)

// PageTypeInterface is the page type that roots an API sidebar.
const PageTypeInterface = "web-api-interface"

// SidebarGroups orders the groups of an API sidebar by page type.
var SidebarGroups = []string{
	"web-api-constructor",
	"web-api-static-property",
	"web-api-instance-property",
	"web-api-static-method",
	"web-api-instance-method",
	"web-api-event",
	"guide",
}

// Sidebar is the navigation of one API: its interface page and the pages
// below it, grouped by page type. It names en-US pages (or, for an
// interface English lacks, a locale's own); the layout shows each in the
// reader's locale where a translation exists.
type Sidebar struct {
	Root   *Page
	Groups []SidebarGroup
}

// SidebarGroup is the pages of one page type.
type SidebarGroup struct {
	PageType string
	Pages    []*Page
}

// indexSidebars builds every API's sidebar in one pass over the pages,
// so that looking one up later costs only a walk up the slug. The
// sidebars are en-US's, and a translated tree's own for the interfaces
// English lacks (a German tree ahead of the English one): those list the
// locale's pages that English lacks, never a page of another locale.
func (s *Site) indexSidebars() {
	s.sidebars = map[key]*Sidebar{}
	for _, p := range s.Pages {
		if p.Meta.PageType == PageTypeInterface && s.own(p) {
			s.sidebars[keyOf(p.Locale, p.Slug)] = &Sidebar{Root: p}
		}
	}
	for _, p := range s.Pages {
		gi := slices.Index(SidebarGroups, p.Meta.PageType)
		if gi < 0 || !s.own(p) {
			continue
		}
		sb := s.sidebarAbove(p.Locale, parentSlug(p.Slug))
		if sb == nil {
			continue
		}
		i := slices.IndexFunc(sb.Groups, func(g SidebarGroup) bool { return g.PageType == p.Meta.PageType })
		if i < 0 {
			sb.Groups = append(sb.Groups, SidebarGroup{PageType: p.Meta.PageType})
			i = len(sb.Groups) - 1
		}
		sb.Groups[i].Pages = append(sb.Groups[i].Pages, p)
	}
	for _, sb := range s.sidebars {
		slices.SortFunc(sb.Groups, func(a, b SidebarGroup) int {
			return slices.Index(SidebarGroups, a.PageType) - slices.Index(SidebarGroups, b.PageType)
		})
	}
}

// own says whether p is indexed in its locale's own sidebars: every
// en-US page, and a translation whose slug has no en-US page.
func (s *Site) own(p *Page) bool {
	return p.Locale == locale.Source || s.Page(locale.Source, p.Slug) == nil
}

// SidebarFor returns the sidebar of the API p belongs to: that of the
// nearest en-US interface page at or above p's slug, else, for a
// translation, that of the nearest interface page of its locale that
// English lacks. Nil if there is none.
func (s *Site) SidebarFor(p *Page) *Sidebar {
	s.reads.Add(deps.SidebarFor, p.Locale+"\x00"+strings.ToLower(p.Slug))
	if sb := s.sidebarAbove(locale.Source, p.Slug); sb != nil || p.Locale == locale.Source {
		return sb
	}
	return s.sidebarAbove(p.Locale, p.Slug)
}

func (s *Site) sidebarAbove(loc, slug string) *Sidebar {
	for ; slug != ""; slug = parentSlug(slug) {
		if sb := s.sidebars[keyOf(loc, slug)]; sb != nil {
			return sb
		}
	}
	return nil
}

func parentSlug(slug string) string {
	i := strings.LastIndexByte(slug, '/')
	if i < 0 {
		return ""
	}
	return slug[:i]
}
