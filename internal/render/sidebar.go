package render

import (
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// withAPIGroup adds to a page's API sidebar what MDN's API data
// (jsondata/) says about the group its APIRef or DefaultAPISidebar call
// names, as MDN's renderer does: the interfaces it inherits from, the
// API's guides and tutorial, its interfaces, and, on a page outside any
// interface (an API's overview, DefaultAPISidebar), its properties,
// methods and events too; that sidebar is headed by the group's overview
// page. Every entry is in the page's locale where a translation exists,
// else English and marked; entries without a page are left out. A group
// the data lacks adds nothing; a page that shows no interface's sidebar
// then gets its API's pages (apiPagesSidebar), where MDN shows none.
func withAPIGroup(in *load.Model, sb *sidebarData, p *site.Page, apiGroup string, l *i18n.Localizer) *sidebarData {
	g, ok := in.API.Group(apiGroup)
	if !ok {
		if sb == nil {
			return apiPagesSidebar(in, p, l)
		}
		return sb
	}
	members := sb == nil
	root := ""
	if sb == nil {
		sb = &sidebarData{}
		if len(g.Overview) > 0 {
			sb.Root, _ = apiItem(in, p, "Web/API/"+strings.ReplaceAll(g.Overview[0], " ", "_"), "")
		}
		if sb.Root.Href == "" {
			sb.Root = navItem{Title: p.ShortTitle(), Href: "index.html", Current: true}
		}
	} else if s := in.Site.SidebarFor(p); s != nil {
		root = s.Root.Slug
	}
	// The links the sidebar shows, kept as groups are added (not
	// gathered again for each).
	n := 0
	for _, g := range sb.Groups {
		n += len(g.Items)
	}
	shown := make(map[string]bool, n+1)
	shown[sb.Root.Href] = true
	for _, g := range sb.Groups {
		for _, it := range g.Items {
			shown[it.Href] = true
		}
	}
	add := func(label string, entries []apiEntry) {
		if len(entries) > 0 {
			addAPIGroup(in, sb, p, groupLabel(in, p.Locale, l, label), entries, shown)
		}
	}
	if name, ok := strings.CutPrefix(root, "Web/API/"); ok {
		add("Sidebar.Group.inheritance", apiNames(in.API.Ancestors(name), false))
	}
	add("Sidebar.Group.guide", apiPaths(append(slices.Clip(g.Guides), g.Tutorial...)))
	add("Sidebar.Group.related", apiNames(g.Interfaces, false))
	if members {
		add("Sidebar.Group.properties", apiNames(g.Properties, true))
		add("Sidebar.Group.methods", apiNames(g.Methods, true))
		add("Sidebar.Group.web-api-event", apiEvents(g.Events))
	}
	if len(sb.Groups) == 0 && sb.Root.Current {
		return nil // nothing to show but the page itself
	}
	return sb
}

// apiEntry is an entry of an API group: the page's slug and, for members,
// the title MDN shows (the name as the data writes it), else "".
type apiEntry struct{ slug, title string }

// apiNames are the entries of interfaces or members ("Navigator.share()"
// is Web/API/Navigator/share), titled by their names when titled.
func apiNames(names []string, titled bool) []apiEntry {
	var es []apiEntry
	for _, n := range names {
		e := apiEntry{slug: "Web/API/" + strings.ReplaceAll(strings.ReplaceAll(n, "()", ""), ".", "/")}
		if titled {
			e.title = n
		}
		es = append(es, e)
	}
	return es
}

// apiEvents are the entries of events, written "Document: visibilitychange"
// (Web/API/Document/visibilitychange_event).
func apiEvents(events []string) []apiEntry {
	var es []apiEntry
	for _, ev := range events {
		if iface, name, ok := strings.Cut(ev, ": "); ok {
			es = append(es, apiEntry{slug: "Web/API/" + iface + "/" + name + "_event", title: ev})
		}
	}
	return es
}

// apiPaths are the entries of guides, given as MDN paths.
func apiPaths(paths []string) []apiEntry {
	var es []apiEntry
	for _, gd := range paths {
		if _, slug, ok := strings.Cut(gd, "/docs/"); ok {
			es = append(es, apiEntry{slug: strings.TrimSuffix(slug, "/")})
		}
	}
	return es
}

// apiItem is the sidebar entry of slug on page p: the en-US page in p's
// locale where translated, else English and marked, or p's locale's own
// page where English has none; titled title when given.
func apiItem(in *load.Model, p *site.Page, slug, title string) (navItem, bool) {
	pg := in.Site.Page(locale.Source, slug)
	if pg == nil {
		pg = in.Site.Page(p.Locale, slug)
	}
	if pg == nil {
		return navItem{}, false
	}
	it := navTo(in, p, pg)
	if title != "" {
		it.Title = title
	}
	return it, true
}

// addAPIGroup adds the entries that have a page under label, to the
// group of that label if the sidebar has one, skipping pages it shows:
// those in shown, which holds the links of sb and gets those added.
func addAPIGroup(in *load.Model, sb *sidebarData, p *site.Page, label string, entries []apiEntry, shown map[string]bool) {
	i := -1
	for k, g := range sb.Groups {
		if g.Label == label {
			i = k
		}
	}
	if i < 0 {
		sb.Groups = append(sb.Groups, sidebarGroup{Label: label, Items: make([]navItem, 0, len(entries))})
		i = len(sb.Groups) - 1
	}
	for _, e := range entries {
		if it, ok := apiItem(in, p, e.slug, e.title); ok && !shown[it.Href] {
			sb.Groups[i].Items = append(sb.Groups[i].Items, it)
			shown[it.Href] = true
		}
	}
	if len(sb.Groups[i].Items) == 0 {
		sb.Groups = append(sb.Groups[:i], sb.Groups[i+1:]...)
	}
}

// apiPagesSidebar is the sidebar of a page whose API group MDN's data
// lacks and that belongs to no interface: the API's page (the first
// folder below Web/API) and the pages below it; nil outside Web/API. MDN's renderer shows none there; the pages are what the
// reader would look for.
func apiPagesSidebar(in *load.Model, p *site.Page, l *i18n.Localizer) *sidebarData {
	rest, ok := strings.CutPrefix(p.Slug, "Web/API/")
	if !ok {
		return nil
	}
	top := "Web/API/" + strings.SplitN(rest, "/", 2)[0]
	sb := &sidebarData{}
	if it, ok := apiItem(in, p, top, ""); ok {
		sb.Root = it
	} else {
		sb.Root = navItem{Title: p.ShortTitle(), Href: "index.html", Current: true}
	}
	g := sidebarGroup{Label: l.T("Sidebar.Group.section")}
	for _, c := range in.Site.NavChildren(p.Locale, top) {
		g.Items = append(g.Items, navTo(in, p, c))
	}
	if len(g.Items) == 0 {
		return nil
	}
	sb.Groups = append(sb.Groups, g)
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
	pages := in.Site.NavChildren(p.Locale, p.Slug)
	if i := strings.LastIndexByte(p.Slug, '/'); len(pages) == 0 && i > 0 {
		pages = in.Site.NavChildren(p.Locale, p.Slug[:i])
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

// groupLabel is the heading of an API sidebar's group: the catalog's
// message id, or, in a locale doku has no catalog of, MDN's own label in
// that locale (jsondata/L10n-Common.json) where the tree has one, as
// MDN's sidebars show it.
func groupLabel(in *load.Model, loc string, l *i18n.Localizer, id string) string {
	if key, ok := mdnLabels[id]; ok && in.Catalogs.Absent(loc) {
		if t, ok := in.API.Label(key, loc); ok {
			return t
		}
	}
	return l.T(id)
}

// mdnLabels maps the catalog's sidebar headings to MDN's labels.
var mdnLabels = map[string]string{
	"Sidebar.Group.web-api-constructor":       "Constructor",
	"Sidebar.Group.web-api-static-property":   "Static_properties",
	"Sidebar.Group.web-api-instance-property": "Instance_properties",
	"Sidebar.Group.web-api-static-method":     "Static_methods",
	"Sidebar.Group.web-api-instance-method":   "Instance_methods",
	"Sidebar.Group.web-api-event":             "Events",
	"Sidebar.Group.guide":                     "Guides",
	"Sidebar.Group.inheritance":               "Inheritance",
	"Sidebar.Group.related":                   "Related_pages_wo_group",
	"Sidebar.Group.properties":                "Properties",
	"Sidebar.Group.methods":                   "Methods",
}
