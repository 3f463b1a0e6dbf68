// Package load is doku's first stage: it reads a site from disk into a
// Model, the read-only value every later stage works from.
//
// Load reads doku.toml, the content tree (pages parsed on all cores,
// indexed by internal/site), the catalogs, the close-code data, MDN's API
// data, the browser-compat data and the theme. Every problem in those files
// goes to a diag.Collector with its file, line and column; Load returns an
// error only when the file system fails. Nothing changes a Model once Load
// returns it: a stage that needs another (a page edited in doku serve) makes
// a new one with WithTree or WithCatalogs, sharing what did not change.
package load

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"path/filepath"
	"slices"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/assets"
	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/hosting"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/layout"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/mdn"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/site"
)

// Options say what to read.
type Options struct {
	// Root is the site's folder: doku.toml, locales/, layouts/, static/.
	Root string
	// Content is the content tree; default Root/content.
	Content string
	// Strict makes flaws errors (also set by doku.toml).
	Strict bool
	// BCD is the browser-compat data.json; default doku.toml's bcd, else
	// the content tree's data/browser-compat.json.
	BCD string
	// Data is the data folder of MDN's data macros (refdata); default
	// doku.toml's data, else none.
	Data string
	// Theme is the default theme (layouts/ and static/), overridden file
	// by file by the site's own.
	Theme fs.FS
	// Catalogs are the catalogs doku ships (locales/<locale>.toml),
	// overridden message by message by the site's own; nil: the site's
	// only.
	Catalogs fs.FS
	// BaseURL is where the site is served ("https://example.org/docs/");
	// overrides base-url in doku.toml. Without one, canonical links and
	// sitemaps are left out (they need absolute URLs).
	BaseURL string
	// Pseudo, if set, adds this pseudo-locale (i18n.PseudoLocale): the
	// en-US pages with catalog strings accented and lengthened (doku serve).
	Pseudo string
	// Translator encloses catalog strings that fell back to English in
	// i18n.FallbackOpen and FallbackClose (doku serve).
	Translator bool
}

// WithDefaults fills in the folders left empty: content below the root.
func (opt Options) WithDefaults() Options {
	if opt.Content == "" {
		opt.Content = filepath.Join(opt.Root, "content")
	}
	return opt
}

// Model is a site as loaded and indexed: read-only from here on.
type Model struct {
	Site       *site.Site
	Catalogs   *i18n.Catalogs
	CloseCodes *closecode.Table
	// API is MDN's API data from the tree's jsondata/, if any.
	API *apidata.Data
	// Sidebars are the tree's named sidebars (sidebars/*.yaml) by
	// lower-cased name; nil when it has none.
	Sidebars map[string]*Sidebar
	// Nav is the tree's sidebar.yaml (NavFile), shown on every page that
	// shows no other sidebar; nil when it has none.
	Nav      *Sidebar
	Theme    *layout.Theme
	Markdown *markdown.Renderer
	Registry *macro.Registry
	// Content is the content tree; Tree the pages and assets read from it.
	Content    fs.FS
	Tree       *content.Tree
	Strict     bool
	Config     Config
	Pseudo     string
	Translator bool
	// L10n holds one localizer per locale, shared by every render.
	L10n map[string]*i18n.Localizer
	// Assets are the static files under their fingerprinted names.
	Assets *assets.Set
	// Base is the URL the site is served at; nil if unknown.
	Base *url.URL
	// BCD is the browser-compat data (nil when the site has none) and
	// SpecTitles the names of the specifications pages cite.
	BCD        *compat.Data
	SpecTitles *compat.SpecTitles
	// Data is the data folder's reference data; nil when the site has
	// none.
	Data *refdata.Data
	// RootDir is the site's folder; History the git history of its
	// English pages, for the translation state.
	RootDir    string
	History    *pagestate.History
	StatusPage bool

	// opt and rootFS are what the model was loaded from, for WithTree
	// and WithCatalogs.
	opt    Options
	rootFS fs.FS
	// sources holds the pages edited since the index was made, by
	// content path (see WithSources).
	sources map[string]*content.Page

	// Reads, if set, records what one page's rendering reads (see
	// Recording); origin is the model a recording view was made from.
	Reads  *deps.Reads
	origin *Model
}

// Recording returns a view of m for rendering one page, whose reads of
// the site, the catalogs and the data are recorded in r (see
// internal/deps): the render cache keeps them to know when the page must
// be rendered again. The view shares everything with m.
func (m *Model) Recording(r *deps.Reads) *Model {
	next := *m
	next.origin, next.Reads = m.Origin(), r
	next.Site = m.Site.Recording(r)
	next.L10n = make(map[string]*i18n.Localizer, len(m.L10n))
	for l, loc := range m.L10n {
		next.L10n[l] = loc.Recording(r.Lookups)
	}
	return &next
}

// Origin is the model a recording view was made from; m itself for a
// model that is no view. Parts built once for many pages (sidebars) are
// kept by the origin, so that every view shares them.
func (m *Model) Origin() *Model {
	if m.origin != nil {
		return m.origin
	}
	return m
}

// Collectors say where Load's problems go. A build sends them all to one
// collector; doku serve keeps those of the content, the index and the
// catalogs apart, so that it can replace them when it reloads one part.
type Collectors struct{ Other, Content, Index, Catalogs *diag.Collector }

// One sends every problem to dc.
func One(dc *diag.Collector) Collectors { return Collectors{dc, dc, dc, dc} }

// Load reads the site opt names. Problems in its files go to dc; the
// error is for a file system failure. A Model whose Site is nil means the
// theme could not be read (the problem is in dc.Other).
func Load(opt Options, dc Collectors) (*Model, error) {
	opt = opt.WithDefaults()
	rootFS, err := treeFS(opt.Root)
	if err != nil {
		return nil, fmt.Errorf("reading the site: %w", err)
	}
	cfg := loadConfig(rootFS, dc.Other)
	contentFS, err := treeFS(opt.Content)
	if err != nil {
		return nil, fmt.Errorf("reading content: %w", err)
	}
	history := startHistory(opt.Content)
	tree, err := content.Load(contentFS, contentOptions(opt.Content, opt.Strict || cfg.Strict, cfg), dc.Content)
	if err != nil {
		return nil, fmt.Errorf("reading content: %w", err)
	}
	if opt.Pseudo != "" {
		addPseudoPages(tree, opt.Pseudo)
	}
	s := site.New(tree, dc.Index)
	codes, err := closecode.Load(contentFS, closecode.Path, path.Join(filepath.ToSlash(opt.Content), closecode.Path), dc.Other)
	if err != nil && !dc.Other.HasErrors() {
		return nil, err
	}
	theme, err := layout.Load(opt.Theme, rootFS)
	if err != nil {
		dc.Other.Errorf(diag.Pos{File: "layouts"}, diag.Layout, "html/template syntax: {{.Field}}, {{template \"name\" .}}", "%v", err)
		return &Model{}, nil
	}
	for _, p := range theme.Symlinks {
		dc.Other.Warnf(diag.Pos{File: p}, diag.Theme, "copy the file into static/ instead", "symbolic link skipped")
	}
	bcd, specTitles := loadBCD(opt, cfg, dc.Other)
	data := loadData(opt, cfg, dc.Other)
	if data != nil && data.SpecTitles != nil {
		specTitles = specTitles.WithMore(data.SpecTitle)
	}
	static, err := staticFiles(theme, data)
	if err != nil {
		return nil, err
	}
	reg := mdn.Registry()
	m := &Model{
		Site: s, CloseCodes: codes, Theme: theme, API: apidata.Load(contentFS, filepath.ToSlash(opt.Content), dc.Other),
		Markdown: markdown.New(reg), Registry: reg, Content: contentFS, Tree: tree, Strict: opt.Strict || cfg.Strict, Config: cfg,
		Assets: static, Base: cfg.baseURL, BCD: bcd, SpecTitles: specTitles, Data: data, Pseudo: opt.Pseudo, Translator: opt.Translator,
		RootDir: opt.Root, StatusPage: cfg.StatusPage, opt: opt, rootFS: rootFS,
	}
	if opt.BaseURL != "" {
		u, err := hosting.ParseBaseURL(opt.BaseURL)
		if err != nil {
			dc.Other.Errorf(diag.Pos{File: "-base-url"}, diag.Config, baseURLHint, "%q: %v", opt.BaseURL, err)
		}
		m.Base = u
	}
	m.Sidebars = loadSidebars(contentFS, filepath.ToSlash(opt.Content), m.Strict, dc.Other)
	m.Nav = loadNav(contentFS, filepath.ToSlash(opt.Content), m.Strict, dc.Other)
	m.loadCatalogs(dc.Catalogs)
	// Last: git reads the history while everything above loads.
	m.History = history(s)
	return m, nil
}

// contentOptions are the options the content tree is read with.
func contentOptions(dir string, strict bool, cfg Config) content.Options {
	return content.Options{Strict: strict, Locales: cfg.Locales, Name: filepath.ToSlash(dir), Lazy: true, PathSlugPrefix: cfg.PathSlugPrefix}
}

// ContentOptions are the options the model's content tree was read with,
// for reading one of its pages again.
func (m *Model) ContentOptions() content.Options {
	return contentOptions(m.opt.Content, m.Strict, m.Config)
}

// WithTree returns a model of the pages of tree, indexed anew, sharing
// everything else with m. Index problems go to dc.
func (m *Model) WithTree(tree *content.Tree, dc *diag.Collector) *Model {
	next := *m
	next.Tree, next.Site, next.sources, next.origin, next.Reads = tree, site.New(tree, dc), nil, nil, nil
	return &next
}

// WithCatalogs returns a model with the catalogs read again, sharing
// everything else with m. Catalog problems go to dc.
func (m *Model) WithCatalogs(dc *diag.Collector) *Model {
	next := *m
	next.origin, next.Reads = nil, nil
	next.loadCatalogs(dc)
	return &next
}

// loadCatalogs reads the catalog of every locale of the site (doku's own,
// overridden message by message by the site's), checks the close-code
// messages against them and makes one localizer per locale.
func (m *Model) loadCatalogs(dc *diag.Collector) {
	m.Catalogs = i18n.LoadSources(i18n.SiteSources(m.opt.Catalogs, m.rootFS), slices.DeleteFunc(slices.Clone(m.Site.Locales), func(l string) bool { return l == m.Pseudo }), dc)
	if m.Pseudo != "" {
		if err := m.Catalogs.AddPseudo(m.Pseudo); err != nil {
			dc.Errorf(diag.Pos{File: m.Catalogs.Path(locale.Source)}, diag.Catalog, "", "pseudo-locale %s: %v", m.Pseudo, err)
		}
	}
	// Messages a catalog that failed to load, or that no source has,
	// lacks are not reported again for every close code.
	loaded := slices.DeleteFunc(slices.Clone(m.Site.Locales), func(l string) bool { return !m.Catalogs.Loaded(l) && l != m.Pseudo })
	if m.CloseCodes != nil {
		m.CloseCodes.CheckMessages(m.Catalogs, loaded, dc)
	}
	m.Catalogs.CheckRendering(loaded, dc)
	m.L10n = map[string]*i18n.Localizer{}
	for _, l := range m.Site.Locales {
		m.L10n[l] = m.Catalogs.Localizer(l, dc)
		if m.Translator {
			m.L10n[l] = m.L10n[l].MarkingFallbacks()
		}
	}
}

// staticFiles reads the theme's static files, the generated code
// stylesheet and, when the data folder has it, the compiler of
// WebAssembly text with its license, and names them after their content.
func staticFiles(theme *layout.Theme, data *refdata.Data) (*assets.Set, error) {
	files := map[string][]byte{}
	for _, f := range theme.Static {
		data, err := fs.ReadFile(f.FS, f.Path)
		if err != nil {
			return nil, err
		}
		files[f.Name] = data
	}
	var css bytes.Buffer
	if err := markdown.WriteCodeCSS(&css); err != nil {
		return nil, err
	}
	files["chroma.css"] = css.Bytes()
	if data.HasWATCompiler() {
		files[markdown.AssetWATCompiler] = data.WATCompiler
		files[markdown.AssetWATLicense] = data.WATLicense
	}
	return assets.New(files), nil
}
