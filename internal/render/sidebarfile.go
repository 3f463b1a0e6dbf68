package render

import (
	"sort"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/site"
)

// sidebarNode is one entry of a sidebar built from a sidebar file: a
// link (Href set) or a label, maybe a section heading, maybe folding its
// children in a <details> (open around the current page).
type sidebarNode struct {
	Title, Href string
	// Marker is the untranslated marker, set on a link that leads to the
	// English page from a translated one.
	Marker                 string
	Code, Section, Current bool
	Details, Open          bool
	Children               []sidebarNode
	// target is the output path of the page a link leads to, slug its
	// slug and hash the link's fragment ("#x"); forPage makes Href of
	// them. A link with a fragment leads into a page, never to the
	// current one.
	target, hash, slug string
	// isCurrent says the link leads to the current page; only the first
	// such link is marked Current.
	isCurrent bool
}

// fileSidebar is the sidebar sidebars/<name>.yaml describes, as page p
// shows it: titles in p's locale, each link to p's locale where the page
// is translated, else to the English page, marked. Nil when the tree has
// no such file. The entries are built once per sidebar and locale (in
// cache, when there is one); only the links and the current page are
// the page's own.
func fileSidebar(in *load.Model, cache *SidebarCache, p *site.Page, name string, l *i18n.Localizer) *sidebarData {
	in.Reads.Add(deps.SidebarFile, strings.ToLower(name))
	return sidebarFromFile(in, cache, p, in.Sidebars[strings.ToLower(name)], l)
}

// sidebarFromFile is the sidebar the file sb describes, as page p shows
// it; nil when sb is.
func sidebarFromFile(in *load.Model, cache *SidebarCache, p *site.Page, sb *load.Sidebar, l *i18n.Localizer) *sidebarData {
	if sb == nil {
		return nil
	}
	nodes := cache.nodes(in, sb, p.Locale, l, func(in *load.Model, l *i18n.Localizer) []sidebarNode {
		b := &fileSidebarBuilder{in: in, locale: p.Locale, sb: sb, l: l, marker: l.T("Link.OnlyInEnglish")}
		return b.entries(sb.Entries)
	})
	return treeSidebar(nodes, p)
}

// forPage is a copy of nodes with the links of page p: relative to it,
// and the link to p itself known.
func forPage(nodes []sidebarNode, p *site.Page) []sidebarNode {
	if nodes == nil {
		return nil
	}
	from := p.OutPath()
	out := make([]sidebarNode, len(nodes))
	for i, n := range nodes {
		if n.target != "" {
			n.Href = site.RelURL(from, n.target) + n.hash
		}
		n.isCurrent = n.target != "" && n.hash == "" && strings.EqualFold(n.slug, p.Slug)
		n.Children = forPage(n.Children, p)
		out[i] = n
	}
	return out
}

type fileSidebarBuilder struct {
	in     *load.Model
	locale string
	sb     *load.Sidebar
	l      *i18n.Localizer
	marker string
}

func (b *fileSidebarBuilder) entries(es []load.SidebarEntry) []sidebarNode {
	var out []sidebarNode
	for _, e := range es {
		out = append(out, b.entry(e))
	}
	return out
}

func (b *fileSidebarBuilder) entry(e load.SidebarEntry) sidebarNode {
	// A sub-page list's code flag is for the pages it lists, not its label.
	listsPages := e.Kind == load.EntrySubPages || e.Kind == load.EntrySubPagesGrouped
	n := b.label(e.Link, e.Hash, e.Title, e.Code && !listsPages)
	n.Section = e.Kind == load.EntrySection
	n.Details, n.Open = e.Details != load.DetailsNone, e.Details == load.DetailsOpen
	switch e.Kind {
	case load.EntrySubPages:
		n.Children = b.overview(e)
		if e.Nested {
			n.Children = append(n.Children, b.nested(e.Path, e.Depth, e.Tags, e.Code)...)
		} else {
			for _, q := range b.subPages(e.Path, e.Depth, e.Tags) {
				n.Children = append(n.Children, b.page(q, e.Code))
			}
		}
	case load.EntrySubPagesGrouped:
		n.Children = append(b.overview(e), b.grouped(e)...)
	case load.EntryWebExtAPI:
		n.Details = true
		n.Children = b.nested("Mozilla/Add-ons/WebExtensions/API", 2, nil, true)
	default:
		n.Children = b.entries(e.Children)
	}
	return n
}

// label is an entry's own line: a link to the page at slug (titled by
// the file where it names a title, else by the page), or the title alone
// where there is no link or no such page.
func (b *fileSidebarBuilder) label(slug, hash, title string, code bool) sidebarNode {
	loc := b.locale
	// An entry with neither link nor title is a link to the top ("/",
	// "/en-US/docs/"): the page of a locale folder's own index.md.
	if slug != "" || title == "" {
		if en := b.in.Site.Page(locale.Source, slug); en != nil {
			n := b.page(en, code)
			if title != "" {
				n.Title = b.sb.Title(title, loc)
			}
			if hash != "" {
				n.hash = "#" + b.sb.Title(hash, loc)
			}
			return n
		}
	}
	return sidebarNode{Title: b.sb.Title(title, loc), Code: code}
}

// page is a link to the en-US page en, in the reader's locale where
// there is a translation.
func (b *fileSidebarBuilder) page(en *site.Page, code bool) sidebarNode {
	target, fallback := translated(b.in, b.locale, en)
	n := sidebarNode{Code: code, Title: target.ShortTitle(), target: target.OutPath(), slug: target.Slug}
	if fallback {
		n.Marker = b.marker
	}
	return n
}

// overview is the link to the listed folder's own page that
// includeParent asks for.
func (b *fileSidebarBuilder) overview(e load.SidebarEntry) []sidebarNode {
	en := b.in.Site.Page(locale.Source, e.Path)
	if !e.IncludeParent || en == nil {
		return nil
	}
	n := b.page(en, false)
	n.Title = b.l.T("Sidebar.Overview")
	return []sidebarNode{n}
}

// subPages are the en-US pages below slug, depth levels down (0: all),
// of the page types tags names (any without tags), by short title.
func (b *fileSidebarBuilder) subPages(slug string, depth int, tags []string) []*site.Page {
	var out []*site.Page
	var walk func(slug string, level int)
	walk = func(slug string, level int) {
		for _, c := range b.in.Site.Children(slug) {
			if len(tags) == 0 || containsFold(tags, c.Meta.PageType) {
				out = append(out, c)
			}
			if depth == 0 || level < depth {
				walk(c.Slug, level+1)
			}
		}
	}
	walk(slug, 1)
	byShortTitle(out)
	return out
}

// nested lists the pages below slug as a tree: a page with pages below it
// folds them.
func (b *fileSidebarBuilder) nested(slug string, depth int, tags []string, code bool) []sidebarNode {
	children := append([]*site.Page(nil), b.in.Site.Children(slug)...)
	byShortTitle(children)
	var out []sidebarNode
	for _, c := range children {
		var below []sidebarNode
		if depth != 1 {
			below = b.nested(c.Slug, max(depth-1, 0), tags, code)
		}
		if len(tags) > 0 && !containsFold(tags, c.Meta.PageType) {
			continue
		}
		n := b.page(c, code)
		if len(below) > 0 {
			n.Details, n.Children = true, below
		}
		out = append(out, n)
	}
	return out
}

// grouped lists the pages below the entry's path with the prefix of
// their titles up to the first dash ("::-moz" of "::-moz-selection")
// in common, folding a group of more than two, as MDN does for
// vendor-prefixed names.
func (b *fileSidebarBuilder) grouped(e load.SidebarEntry) []sidebarNode {
	groups := map[string][]*site.Page{}
	for _, q := range b.subPages(e.Path, e.Depth, e.Tags) {
		key := titlePrefix(q.Meta.Title)
		groups[key] = append(groups[key], q)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []sidebarNode
	for _, k := range keys {
		var items []sidebarNode
		for _, q := range groups[k] {
			items = append(items, b.page(q, e.Code))
		}
		if len(items) > 2 {
			out = append(out, sidebarNode{Title: k + "-*", Details: true, Children: items})
		} else {
			out = append(out, items...)
		}
	}
	return out
}

// titlePrefix is title up to its first dash after any leading colons and
// dashes, or the whole title when it has none.
func titlePrefix(title string) string {
	start := len(title) - len(strings.TrimLeft(title, ":-"))
	if i := strings.IndexByte(title[start:], '-'); i >= 0 {
		return title[:start+i]
	}
	return title
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func byShortTitle(pages []*site.Page) {
	sort.SliceStable(pages, func(i, j int) bool {
		a, b := strings.ToLower(pages[i].ShortTitle()), strings.ToLower(pages[j].ShortTitle())
		if a != b {
			return a < b
		}
		return pages[i].Slug < pages[j].Slug
	})
}

// markCurrent marks the first link to the current page (found tells the
// nodes after it that it was found) and opens every fold around it, as
// MDN does; it reports whether the current page is in nodes.
func markCurrent(nodes []sidebarNode, found *bool) bool {
	in := false
	for i := range nodes {
		n := &nodes[i]
		if n.isCurrent && !*found {
			n.Current, *found, in = true, true, true
			n.Open = n.Details
		}
		if markCurrent(n.Children, found) {
			n.Open, in = n.Details, true
		}
	}
	return in
}

// namedSidebar is the sidebar a page names that is not an API's: its
// sidebar: front matter (a translation's inherited from its English page)
// or the sidebar macro it calls, from the tree's sidebar file of that
// name; else, for a sidebar macro, the area's pages. Nil if neither
// names one.
func namedSidebar(in *load.Model, cache *SidebarCache, p *site.Page, asked markdown.Sidebar, l *i18n.Localizer) *sidebarData {
	if name := p.Meta.Sidebar; name != "" {
		if sb := fileSidebar(in, cache, p, name, l); sb != nil {
			return sb
		}
		if area, ok := frontMatterAreas[strings.ToLower(name)]; ok && asked.Area == "" {
			asked.Area = area
		}
	}
	if asked.Name != "" {
		if sb := fileSidebar(in, cache, p, asked.Name, l); sb != nil {
			return sb
		}
	}
	if asked.Area != "" {
		return areaSidebar(in, p, asked.Area, l)
	}
	return nil
}

// frontMatterAreas are the sidebar: values that name one of MDN's built
// sidebars rather than a file; doku shows the area's pages for them.
var frontMatterAreas = map[string]string{"jsref": "Web/JavaScript/Reference"}
