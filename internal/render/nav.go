package render

import (
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/site"
)

// siteNav is the navigation of a site of its own, on a page that shows
// no other sidebar: the tree's sidebar.yaml where there is one, else,
// when the site's pages take their URLs from their paths, its folders
// (site.Nav): every page, in the reader's locale where translated, else
// English and marked; a folder folds what it holds, open around the
// current page. Nil for other sites (MDN's, whose pages name their
// slugs and their sidebars).
func siteNav(in *load.Model, cache *SidebarCache, p *site.Page, l *i18n.Localizer) *sidebarData {
	in.Reads.Add(deps.SidebarFile, "")
	if in.Nav != nil {
		return sidebarFromFile(in, cache, p, in.Nav, l)
	}
	nav := in.Site.Nav(p.Locale)
	if nav == nil {
		return nil
	}
	b := &fileSidebarBuilder{in: in, locale: p.Locale, l: l, marker: l.T("Link.OnlyInEnglish")}
	return treeSidebar(b.navNodes(nav), p)
}

func (b *fileSidebarBuilder) navNodes(ns []*site.NavNode) []sidebarNode {
	var out []sidebarNode
	for _, n := range ns {
		var sn sidebarNode
		if n.Page != nil {
			sn = b.page(n.Page, false)
		} else {
			sn = sidebarNode{Title: n.Name}
		}
		if len(n.Children) > 0 {
			sn.Details, sn.Children = true, b.navNodes(n.Children)
		}
		out = append(out, sn)
	}
	return out
}
