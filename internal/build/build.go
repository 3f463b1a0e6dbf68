// Package build runs doku's pipeline: load, index, render, write.
//
// Load reads the configuration, catalogs, close-code data, theme and pages;
// index builds the immutable site.Site; render turns every (page, locale)
// into HTML on all cores, sharing one goldmark instance and one parsed
// theme; write streams files into a fresh directory beside the output and
// swaps it in only when no error was found. Every problem goes to one
// diag.Collector; nothing below this package prints.
package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/assets"
	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/hosting"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/l10n"
	"github.com/doku-docs/doku/internal/layout"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"

	"golang.org/x/sync/errgroup"
)

// Options say what to build and where.
type Options struct {
	// Root is the site's folder: doku.toml, locales/, layouts/, static/.
	Root string
	// Content is the content tree; default Root/content.
	Content string
	// Out is the output folder; default Root/site.
	Out string
	// Strict makes flaws errors (also set by doku.toml).
	Strict bool
	// BCD is the browser-compat data.json; default doku.toml's bcd, else
	// the content tree's data/browser-compat.json.
	BCD string
	// Theme is the default theme (layouts/ and static/), overridden file
	// by file by the site's own.
	Theme fs.FS
	// BaseURL is where the site is served ("https://example.org/docs/");
	// overrides base-url in doku.toml. Without one, canonical links and
	// sitemaps are left out (they need absolute URLs).
	BaseURL string
	// Bundle writes offline bundles to download/ (see internal/bundle)
	// and links them from the home pages.
	Bundle bool
	// Precompress writes .gz and .br copies beside every text file.
	Precompress bool
	// Check reads the new output as a browser would (internal/sitecheck)
	// before it replaces the old: a broken link or fragment fails the
	// build.
	Check bool
	// Pseudo, if set, adds this pseudo-locale (i18n.PseudoLocale): the
	// en-US pages with catalog strings accented and lengthened (doku serve).
	Pseudo string
	// Translator encloses catalog strings that fell back to English in
	// i18n.FallbackOpen and FallbackClose (doku serve).
	Translator bool
}

// Result is what a build did.
type Result struct {
	Diagnostics []diag.Diagnostic
	// Pages counts the pages rendered, over all locales.
	Pages int
	// Files counts every file written.
	Files int
	// Search describes the search index of each locale.
	Search []search.Stats
}

// ErrFailed is returned when the input had errors; the previous output is
// untouched and Result.Diagnostics says why.
type ErrFailed struct{ Errors int }

func (e *ErrFailed) Error() string {
	return fmt.Sprintf("build failed with %d error(s); the previous output was left as it was", e.Errors)
}

// withDefaults fills in the folders left empty: content and output below
// the root.
func (opt Options) withDefaults() Options {
	if opt.Content == "" {
		opt.Content = filepath.Join(opt.Root, "content")
	}
	if opt.Out == "" {
		opt.Out = filepath.Join(opt.Root, "site")
	}
	return opt
}

// Build runs the pipeline. It returns *ErrFailed when the input has
// errors, other errors when the file system fails.
func Build(opt Options) (*Result, error) {
	opt = opt.withDefaults()
	dc := &diag.Collector{}
	in, err := load(opt, collectors{dc, dc, dc, dc})
	if err != nil {
		return nil, err
	}
	res := &Result{}
	if dc.HasErrors() {
		res.Diagnostics = dc.All()
		return res, &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	out, err := newOutput(opt.Out)
	if err != nil {
		return nil, err
	}
	n, err := render(in, out, dc)
	if err == nil && !dc.HasErrors() {
		var k int
		k, err = publish(opt, in, out, dc)
		n.files += k
	}
	if err == nil && !dc.HasErrors() && opt.Check {
		err = checkOutput(out, in.base, dc)
	}
	res.Diagnostics = dc.All()
	if err != nil {
		out.discard()
		return res, err
	}
	if dc.HasErrors() {
		out.discard()
		return res, &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	if err := out.commit(); err != nil {
		out.discard()
		return res, err
	}
	res.Pages, res.Files, res.Search = n.pages, n.files, n.search
	return res, nil
}

// input is everything loaded and indexed, read-only from here on.
type input struct {
	site       *site.Site
	catalogs   *i18n.Catalogs
	closeCodes *closecode.Table
	// api is MDN's API data from the tree's jsondata/, if any.
	api        *apidata.Data
	theme      *layout.Theme
	markdown   *markdown.Renderer
	registry   *macro.Registry
	content    fs.FS
	tree       *content.Tree
	strict     bool
	config     Config
	pseudo     string
	translator bool
	// l10n holds one localizer per locale, shared by every render.
	l10n map[string]*i18n.Localizer
	// assets are the static files under their fingerprinted names.
	assets *assets.Set
	// base is the URL the site is served at; nil if unknown.
	base *url.URL
	// bcd is the browser-compat data (nil when the site has none) and
	// specTitles the names of the specifications pages cite.
	bcd        *compat.Data
	specTitles *compat.SpecTitles
	// root is the site's folder; history the git history of its English
	// pages, for the translation state.
	rootDir    string
	history    *l10n.History
	statusPage bool
	// search collects the pages for the search index during a full
	// render; nil otherwise.
	search searchIndexes
}

// collectors say where load's problems go. Build sends them all to one
// collector; a Session keeps those of the content, the index and the
// catalogs apart, so that it can replace them when it reloads one part.
type collectors struct{ other, content, index, catalogs *diag.Collector }

func load(opt Options, dc collectors) (*input, error) {
	rootFS, err := treeFS(opt.Root)
	if err != nil {
		return nil, fmt.Errorf("reading the site: %w", err)
	}
	cfg := loadConfig(rootFS, dc.other)
	contentFS, err := treeFS(opt.Content)
	if err != nil {
		return nil, fmt.Errorf("reading content: %w", err)
	}
	history := startHistory(opt.Content)
	tree, err := content.Load(contentFS, contentOptions(opt, cfg), dc.content)
	if err != nil {
		return nil, fmt.Errorf("reading content: %w", err)
	}
	if opt.Pseudo != "" {
		addPseudoPages(tree, opt.Pseudo)
	}
	s := site.New(tree, dc.index)
	codes, err := closecode.Load(contentFS, closecode.Path, path.Join(filepath.ToSlash(opt.Content), closecode.Path), dc.other)
	if err != nil && !dc.other.HasErrors() {
		return nil, err
	}
	theme, err := layout.Load(opt.Theme, rootFS)
	if err != nil {
		dc.other.Errorf(diag.Pos{File: "layouts"}, "layout", "html/template syntax: {{.Field}}, {{template \"name\" .}}", "%v", err)
		return &input{}, nil
	}
	for _, p := range theme.Symlinks {
		dc.other.Warnf(diag.Pos{File: p}, "theme", "copy the file into static/ instead", "symbolic link skipped")
	}
	bcd, specTitles := loadBCD(opt, cfg, dc.other)
	static, err := staticFiles(theme)
	if err != nil {
		return nil, err
	}
	reg := macro.Builtins()
	in := &input{
		site: s, closeCodes: codes, theme: theme, api: apidata.Load(contentFS, filepath.ToSlash(opt.Content), dc.other),
		markdown: markdown.New(reg), registry: reg, content: contentFS, tree: tree, strict: opt.Strict || cfg.Strict, config: cfg,
		assets: static, base: cfg.baseURL, bcd: bcd, specTitles: specTitles, pseudo: opt.Pseudo, translator: opt.Translator,
		rootDir: opt.Root, history: history(s), statusPage: cfg.StatusPage,
	}
	if opt.BaseURL != "" {
		u, err := hosting.ParseBaseURL(opt.BaseURL)
		if err != nil {
			dc.other.Errorf(diag.Pos{File: "-base-url"}, "config", baseURLHint, "%q: %v", opt.BaseURL, err)
		}
		in.base = u
	}
	in.loadCatalogs(rootFS, dc.catalogs)
	return in, nil
}

// contentOptions are the options the content tree is read with.
func contentOptions(opt Options, cfg Config) content.Options {
	return content.Options{Strict: opt.Strict || cfg.Strict, Locales: cfg.Locales, Name: filepath.ToSlash(opt.Content)}
}

// loadCatalogs reads the catalog of every locale of the site, checks the
// close-code messages against them and makes one localizer per locale.
func (in *input) loadCatalogs(rootFS fs.FS, dc *diag.Collector) {
	in.catalogs = i18n.Load(rootFS, "locales", slices.DeleteFunc(slices.Clone(in.site.Locales), func(l string) bool { return l == in.pseudo }), dc)
	if in.pseudo != "" {
		if err := in.catalogs.AddPseudo(in.pseudo); err != nil {
			dc.Errorf(diag.Pos{File: in.catalogs.Path(site.SourceLocale)}, "catalog", "", "pseudo-locale %s: %v", in.pseudo, err)
		}
	}
	// Messages a catalog that failed to load lacks are not reported
	// again for every close code.
	loaded := slices.DeleteFunc(slices.Clone(in.site.Locales), func(l string) bool { return !in.catalogs.Loaded(l) && l != in.pseudo })
	if in.closeCodes != nil {
		in.closeCodes.CheckMessages(in.catalogs, loaded, dc)
	}
	// Problems reading the files again were reported by Load.
	src, trs := i18n.ReadFiles(rootFS, i18n.CatalogDir, "", &diag.Collector{})
	trs = slices.DeleteFunc(trs, func(f *i18n.File) bool { return !slices.Contains(loaded, f.Locale) })
	i18n.CheckRendering(src, trs, dc)
	in.l10n = map[string]*i18n.Localizer{}
	for _, l := range in.site.Locales {
		in.l10n[l] = in.catalogs.Localizer(l, dc)
		if in.translator {
			in.l10n[l] = in.l10n[l].MarkingFallbacks()
		}
	}
}

// staticFiles reads the theme's static files and the generated code
// stylesheet, and names them after their content.
func staticFiles(theme *layout.Theme) (*assets.Set, error) {
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
	return assets.New(files), nil
}

type counts struct {
	pages, files int
	search       []search.Stats
}

// render writes every output file: pages on all cores, then the locale
// home pages, the root language chooser, and the files every page shares.
func render(in *input, out sink, dc *diag.Collector) (counts, error) {
	in.search = newSearchIndexes(in.site.Locales)
	if err := renderPages(in.site.Pages, func(*site.Page) (*input, sink, *diag.Collector) { return in, out, dc }); err != nil {
		return counts{}, err
	}
	n := counts{pages: len(in.site.Pages), files: len(in.site.Pages)}
	for _, l := range in.site.Locales {
		if err := renderHome(in, out, l, nil, dc); err != nil {
			return n, err
		}
		n.files++
	}
	if err := renderRoot(in, out, in.site.Locales, dc); err != nil {
		return n, err
	}
	n.files++
	k, err := renderStatus(in, out, dc)
	n.files += k
	if err != nil {
		return n, err
	}
	k, err = renderShared(in, out)
	n.files += k
	if err != nil {
		return n, err
	}
	k, err = renderHosting(in, out, dc)
	n.files += k
	if err != nil {
		return n, err
	}
	n.search, k, err = in.search.write(in.site.Locales, out)
	n.files += k
	return n, err
}

// renderPages renders pages on all cores; page p is rendered from, writes
// its files to, and reports its problems to what to(p) returns.
//
// A page and its translations render one after another on one core,
// sharing the highlighted code they have in common (see
// markdown.CodeCache).
func renderPages(pages []*site.Page, to func(*site.Page) (*input, sink, *diag.Collector)) error {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, same := range bySlug(pages) {
		g.Go(func() error {
			code := markdown.NewCodeCache()
			for _, p := range same {
				in, out, dc := to(p)
				if err := renderPage(in, out, p, dc, code); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// bySlug groups pages by slug, ignoring case, in the order of each
// slug's first page.
func bySlug(pages []*site.Page) [][]*site.Page {
	var groups [][]*site.Page
	at := make(map[string]int, len(pages))
	for _, p := range pages {
		k := strings.ToLower(p.Slug)
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], p)
	}
	return groups
}

// renderShared writes the files that are not pages: the theme's static
// files, the code stylesheet and the pages' assets. It returns how many.
func renderShared(in *input, out sink) (int, error) {
	n := 0
	for _, f := range in.assets.Files() {
		if err := out.write(f.Path, f.Data); err != nil {
			return n, err
		}
		n++
	}
	k, err := copyAssets(in, out)
	return n + k, err
}

// copyAssets copies the files stored beside pages next to their output.
func copyAssets(in *input, out sink) (int, error) {
	byDir := map[string]*site.Page{}
	for _, p := range in.site.Pages {
		byDir[path.Dir(p.Src.Path)] = p
	}
	n := 0
	for _, a := range in.site.Assets {
		dir := a.Dir
		for byDir[dir] == nil && strings.Contains(dir, "/") {
			dir = path.Dir(dir)
		}
		p := byDir[dir]
		if p == nil {
			continue
		}
		data, err := fs.ReadFile(in.content, a.Path)
		if err != nil {
			return n, err
		}
		rel := strings.TrimPrefix(a.Path, dir+"/")
		if err := out.write(path.Join(path.Dir(p.OutPath()), rel), data); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
