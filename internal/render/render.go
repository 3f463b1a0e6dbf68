package render

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/assets"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/hosting"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/site"
)

// pageData is what layouts see. Every string in it is either content
// (trusted) or comes from a catalog through L (escaped by html/template).
type pageData struct {
	L    *i18n.Localizer
	Lang string
	// Title is the page's title as plain text; TitleHTML is the same with
	// the code it holds as <code>, for the page's h1. body is its
	// rendered Markdown (see Body).
	Title     string
	TitleHTML template.HTML
	body      []byte
	// TOC lists the page's second-level headings.
	TOC []markdown.Heading
	// Root is the relative path from this page to the site's root ("../../").
	Root string
	// Home is the relative URL of this locale's home page.
	Home string
	// Languages lists every locale, for the language switcher.
	Languages []langLink
	// Alternates lists the translations that exist, for <link hreflang>.
	Alternates []langLink
	Sidebar    *sidebarData
	// Pages lists the locale's pages, on the home page.
	Pages []navItem
	// Outdated is the note on a translation whose English changed since;
	// StatusHref links the home page to the translation status page,
	// whose data is Status.
	Outdated   *outdated
	StatusHref string
	Status     *statusData
	// Canonical is the page's own absolute URL, "" without a base URL.
	Canonical string
	// NoIndex asks search engines not to list the page (404 and status
	// pages).
	NoIndex bool
	// NotFound holds the 404 message in each language it is shown in.
	NotFound []notFoundText
	// Downloads lists the offline bundles, on home pages.
	Downloads []Download

	assets *assets.Set
	splice *splice
}

// Body is the page's rendered Markdown.
func (d pageData) Body() template.HTML { return d.splice.html(spliceBody, d.body) }

// Asset is the URL of the static file called name ("doku.css") from this
// page: its fingerprinted name, relative. Layouts use it for every
// stylesheet, script and image of the theme, so they never spell a hash.
func (d pageData) Asset(name string) (string, error) {
	p, err := d.assets.Path(name)
	return d.Root + p, err
}

type langLink struct {
	Locale, Name, Href string
	Current, Exists    bool
	// SiteTitle and Prompt are in the link's own language (root page).
	SiteTitle, Prompt string
}

// Page renders page p, its live samples included, into t; code holds
// the highlighted code p shares with its translations.
func Page(t Target, p *site.Page, code *markdown.CodeCache) error {
	in, out, dc := t.Model, t.Out, t.Diag
	p, err := in.Page(p)
	if err != nil {
		return err
	}
	l := in.L10n[p.Locale].ReportingTo(dc)
	in.Reads.Add(deps.SelfSource, p.Locale+"\x00"+strings.ToLower(p.Slug))
	from := p.OutPath()
	root := rootPrefix(from)
	env := macroEnv(in, p, l, root)
	res, err := in.Markdown.RenderWith(env, dc, in.Strict, code)
	if err != nil {
		return fmt.Errorf("%s: %w", p.Src.File, err)
	}
	t.Search.add(p, res.HTML, t.Indexed)
	for _, f := range res.Files {
		if err := out.Write(path.Join(path.Dir(from), f.Name), f.Data); err != nil {
			return err
		}
	}
	d := pageData{
		L:         l,
		Lang:      p.Locale,
		Title:     p.Meta.Title,
		TitleHTML: template.HTML(content.TitleHTML(p.Meta.TitleSource)),
		body:      res.HTML,
		Root:      root,
		Home:      site.RelURL(from, HomePath(p.Locale)),
	}
	for _, h := range res.Headings {
		if h.Level == 2 {
			d.TOC = append(d.TOC, h)
		}
	}
	for _, loc := range in.Site.Locales {
		ll := langLink{Locale: loc, Name: LocaleName(in, loc, dc), Current: loc == p.Locale}
		if t := in.Site.Page(loc, p.Slug); t != nil {
			ll.Exists, ll.Href = true, site.RelURL(from, t.OutPath())
		}
		d.Languages = append(d.Languages, ll)
	}
	d.Alternates, d.Canonical = alternates(in, from, pageVersions(in, p)), hosting.Abs(in.Base, from)
	if sb := in.Site.SidebarFor(p); sb != nil && (res.Sidebar.Wanted || p.Meta.Sidebar != "") {
		d.Sidebar = sidebarFor(in, sb, p, l)
	}
	if res.Sidebar.Wanted && res.Sidebar.Group != "" {
		d.Sidebar = withAPIGroup(in, d.Sidebar, p, res.Sidebar.Group, l)
	}
	if d.Sidebar == nil {
		d.Sidebar = namedSidebar(in, t.Sidebars, p, res.Sidebar, l)
	}
	if d.Sidebar == nil {
		d.Sidebar = siteNav(in, t.Sidebars, p, l)
	}
	if d.Sidebar != nil {
		d.Sidebar.writeGroups(l)
	}
	d.Outdated = outdatedFor(in, p, l)
	err = execute(in, out, "page.html", from, d, dc)
	d.Sidebar.free()
	return err
}

// navTo is a sidebar entry on page p for the en-US page en: its
// translation in p's locale where one exists, else en, marked.
func navTo(in *load.Model, p, en *site.Page) navItem {
	target, fallback := translated(in, p.Locale, en)
	return navItem{
		Title:    target.ShortTitle(),
		Href:     relHref(p.OutPath(), target.OutPath()),
		Current:  strings.EqualFold(target.Slug, p.Slug),
		Fallback: fallback,
	}
}

// translated is the en-US page en in locale: its translation where one
// exists, else en itself and true (the reader is sent to English).
func translated(in *load.Model, locale string, en *site.Page) (*site.Page, bool) {
	if t := in.Site.Page(locale, en.Slug); t != nil {
		return t, false
	}
	return en, true
}

// sidebarFor shows the API's sidebar in p's locale: each entry links to its
// translation where one exists, else to the English page, marked.
func sidebarFor(in *load.Model, sb *site.Sidebar, p *site.Page, l *i18n.Localizer) *sidebarData {
	item := func(en *site.Page) navItem { return navTo(in, p, en) }
	d := &sidebarData{Root: item(sb.Root), Groups: make([]sidebarGroup, 0, len(sb.Groups))}
	for _, g := range sb.Groups {
		sg := sidebarGroup{Label: groupLabel(in, p.Locale, l, "Sidebar.Group."+g.PageType), Items: make([]navItem, 0, len(g.Pages))}
		for _, q := range g.Pages {
			sg.Items = append(sg.Items, item(q))
		}
		d.Groups = append(d.Groups, sg)
	}
	return d
}

// Home writes a locale's home page, with links to the offline
// bundles when there are any.
func Home(in *load.Model, out Sink, locale string, downloads []Download, dc *diag.Collector) error {
	from := HomePath(locale)
	l := in.L10n[locale].ReportingTo(dc)
	d := pageData{L: l, Lang: locale, Root: rootPrefix(from), Home: "index.html"}
	if in.StatusPage {
		d.StatusHref = site.RelURL(from, StatusPath(locale))
	}
	for _, dl := range downloads {
		dl.Href, dl.Size = site.RelURL(from, dl.Href), l.FileSize(dl.Bytes)
		if dl.Lang == "" {
			dl.Label = l.T("Download.All")
		}
		d.Downloads = append(d.Downloads, dl)
	}
	for _, loc := range in.Site.Locales {
		ll := langLink{Locale: loc, Name: LocaleName(in, loc, dc), Current: loc == locale, Exists: true,
			Href: site.RelURL(from, HomePath(loc))}
		d.Languages = append(d.Languages, ll)
	}
	d.Alternates, d.Canonical = alternates(in, from, homeVersions(in)), hosting.Abs(in.Base, from)
	for _, p := range in.Site.Pages {
		if p.Locale == locale {
			d.Pages = append(d.Pages, navItem{Title: p.Meta.Title, Href: site.RelURL(from, p.OutPath())})
		}
	}
	return execute(in, out, "home.html", from, d, dc)
}

// Root writes the language chooser at the site's root, offering
// locales (an offline bundle of one locale offers only that one).
func Root(in *load.Model, out Sink, locales []string, dc *diag.Collector) error {
	d := pageData{L: in.L10n[locale.Source].ReportingTo(dc), Lang: "mul"}
	for _, loc := range locales {
		l := in.L10n[loc].ReportingTo(dc)
		d.Languages = append(d.Languages, langLink{
			Locale: loc, Name: LocaleName(in, loc, dc), Href: HomePath(loc), Exists: true,
			SiteTitle: l.T("Site.Title"), Prompt: l.T("Root.Choose"),
		})
	}
	d.Alternates, d.Canonical = alternates(in, "index.html", homeVersions(in)), hosting.Abs(in.Base, "index.html")
	return execute(in, out, "root.html", "index.html", d, dc)
}

func execute(in *load.Model, out Sink, layout, to string, d pageData, dc *diag.Collector) error {
	d.assets = in.Assets
	// Room for the page at once: grown by doubling, the buffer of an
	// MDN page (its sidebar alone up to 200 KB) was allocated about
	// twice over.
	n := len(d.body) + len(d.TitleHTML) + pageChrome
	if d.Sidebar != nil {
		n += len(d.Sidebar.html)
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer pageBuffers.Put(buf)
	buf.Reset()
	buf.Grow(n)
	if _, err := runLayout(in.Theme, buf, layout, d); err != nil {
		dc.Errorf(diag.Pos{File: "layouts/" + layout}, diag.Layout, "", "%v", err)
		return nil
	}
	return out.Write(to, buf.Bytes())
}

// pageBuffers hold pages while their layout runs, one per worker at a
// time: a buffer of its own for each page was a twelfth of all the bytes
// a build of MDN's tree allocated. Sinks do not keep what they are
// given (see Sink), so the buffer is free again once written.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// pageChrome is about what a layout adds around a page's body and
// sidebar: head, header, table of contents, footer.
const pageChrome = 8 << 10

// localeName is a locale's name in its own language, from its catalog.
func LocaleName(in *load.Model, locale string, dc *diag.Collector) string {
	if in.Catalogs.Absent(locale) {
		return i18n.SelfName(locale) // not "English", from the fallback
	}
	return in.L10n[locale].ReportingTo(dc).T("Locale.Name")
}

func HomePath(locale string) string { return locale + "/index.html" }

// rootPrefix is the relative path from the output file rel to the root.
func rootPrefix(rel string) string {
	return strings.Repeat("../", strings.Count(rel, "/"))
}

// Download is a link to an offline bundle on a home page.
type Download struct {
	// Href is the link; Label names the bundle's language (in that
	// language) or says it holds all; Lang is the bundle's locale, ""
	// for all; Size is the file size, in the page's language.
	Href, Label, Lang, Size string

	// Bytes is the size of the file.
	Bytes int64
}

// macroEnv is what the macros of page p (read in full) see: the site,
// its data and the page's localizer l; root leads from p to the site's
// root folder.
func macroEnv(in *load.Model, p *site.Page, l *i18n.Localizer, root string) *macro.Env {
	return &macro.Env{Site: in.Site, Page: p, L: l, CloseCodes: in.CloseCodes, API: in.API,
		Compat: in.BCD, SpecTitles: in.SpecTitles, Data: in.Data, NoCatalog: in.Catalogs.Absent(p.Locale), Reads: in.Reads,
		Asset: func(name string) (string, error) {
			u, err := in.Assets.Path(name)
			return root + u, err
		},
		Body: func(q *site.Page) ([]byte, error) {
			// The page shows another's text (its summary): it depends
			// on that page's file.
			in.Reads.Add(deps.SelfSource, q.Locale+"\x00"+strings.ToLower(q.Slug))
			q, err := in.Page(q)
			if err != nil {
				return nil, err
			}
			return q.Src.Body, nil
		}}
}
