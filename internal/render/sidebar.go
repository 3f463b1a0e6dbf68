package render

import (
	"strings"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// withAPIGroup adds to a page's API sidebar what MDN's API data
// (jsondata/) says about the group its APIRef or DefaultAPISidebar call
// names: the interfaces it inherits from, the API's guides and its other
// interfaces. On a page outside any interface (an API's overview) the
// sidebar is the group's alone. Every entry is in the page's locale where
// a translation exists, else English and marked; entries without a page
// are left out.
func withAPIGroup(in *load.Model, sb *sidebarData, p *site.Page, apiGroup string, l *i18n.Localizer) *sidebarData {
	g, ok := in.API.Group(apiGroup)
	if !ok {
		return sb
	}
	item := func(slug string) (navItem, bool) {
		if en := in.Site.Page(locale.Source, slug); en != nil {
			return navTo(in, p, en), true
		}
		return navItem{}, false
	}
	// group adds the pages of slugs that exist under label, to the group
	// of that label if the sidebar has one, skipping pages it shows.
	group := func(label string, slugs []string) {
		label = l.T(label)
		i := -1
		shown := map[string]bool{sb.Root.Href: true}
		for k, g := range sb.Groups {
			if g.Label == label {
				i = k
			}
			for _, it := range g.Items {
				shown[it.Href] = true
			}
		}
		if i < 0 {
			sb.Groups = append(sb.Groups, sidebarGroup{Label: label})
			i = len(sb.Groups) - 1
		}
		for _, s := range slugs {
			if it, ok := item(s); ok && !shown[it.Href] {
				sb.Groups[i].Items = append(sb.Groups[i].Items, it)
				shown[it.Href] = true
			}
		}
		if len(sb.Groups[i].Items) == 0 {
			sb.Groups = append(sb.Groups[:i], sb.Groups[i+1:]...)
		}
	}
	root := ""
	if sb == nil {
		sb = &sidebarData{}
		if len(g.Overview) > 0 {
			sb.Root, _ = item("Web/API/" + strings.ReplaceAll(g.Overview[0], " ", "_"))
		}
		if sb.Root.Href == "" {
			sb.Root = navItem{Title: p.ShortTitle(), Href: "index.html", Current: true}
		}
	} else if s := in.Site.SidebarFor(p); s != nil {
		root = s.Root.Slug
	}
	if name, ok := strings.CutPrefix(root, "Web/API/"); ok {
		var inh []string
		for _, a := range in.API.Ancestors(name) {
			inh = append(inh, "Web/API/"+a)
		}
		group("Sidebar.Group.inheritance", inh)
	}
	var guides []string
	for _, gd := range g.Guides {
		if _, slug, ok := strings.Cut(gd, "/docs/"); ok {
			guides = append(guides, strings.TrimSuffix(slug, "/"))
		}
	}
	group("Sidebar.Group.guide", guides)
	var related []string
	for _, i := range g.Interfaces {
		related = append(related, "Web/API/"+i)
	}
	group("Sidebar.Group.related", related)
	if len(sb.Groups) == 0 && sb.Root.Current {
		return nil // nothing to show but the page itself
	}
	return sb
}

// areaSidebar is the sidebar of a reference area (JSRef, CSSRef, ...):
// the area's landing page, and the pages below this one, or where it has
// none, the pages beside it. Entries are in the
// page's locale where a translation exists, else English and marked.
func areaSidebar(in *load.Model, p *site.Page, area string, l *i18n.Localizer) *sidebarData {
	item := func(en *site.Page) navItem { return navTo(in, p, en) }
	sb := &sidebarData{}
	if root := in.Site.Page(locale.Source, area); root != nil {
		sb.Root = item(root)
	} else {
		sb.Root = navItem{Title: p.ShortTitle(), Href: "index.html", Current: true}
	}
	pages := in.Site.Children(p.Slug)
	if i := strings.LastIndexByte(p.Slug, '/'); len(pages) == 0 && i > 0 {
		pages = in.Site.Children(p.Slug[:i])
	}
	g := sidebarGroup{Label: l.T("Sidebar.Group.section")}
	for _, c := range pages {
		g.Items = append(g.Items, item(c))
	}
	if len(g.Items) > 0 {
		sb.Groups = append(sb.Groups, g)
	}
	return sb
}
