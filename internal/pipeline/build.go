// Package pipeline runs doku's stages, load → render → output, for every
// command: Build for doku build and doku bundle, Session for doku serve
// (the same render functions, into memory, again for only what an edit
// affects), Status and StatusPage for doku i18n status.
//
// The stages are packages of their own: internal/load reads the site into
// a read-only load.Model; internal/render turns the model into files,
// handing each to a render.Sink; internal/output writes them atomically.
// This package only decides what runs, in which order, into which sink.
package pipeline

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
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
	// Data is the data folder of MDN's data macros (see refdata); default
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

	// SearchSizes measures what the search index files take gzipped, for
	// Result.Search: seconds of compression on a large site.
	SearchSizes bool

	// NoCache renders every page: the render cache beside the output
	// (internal/cache) is neither read nor written.
	NoCache bool

	// Progress, if set, hears each stage begin and each page rendered.
	Progress Progress

	// fault, if set, fails steps of writing the output (tests).
	fault output.Fault
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

// load is what the load stage needs of opt.
func (opt Options) load() load.Options {
	return load.Options{Root: opt.Root, Content: opt.Content, Strict: opt.Strict, BCD: opt.BCD, Data: opt.Data, Theme: opt.Theme, Catalogs: opt.Catalogs,
		BaseURL: opt.BaseURL, Pseudo: opt.Pseudo, Translator: opt.Translator}
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
	// Rendered lists the output paths of the pages rendered, in the
	// site's order: all of them, but for those the render cache gave.
	Rendered []string
	// Unchanged says that no input changed since the last build into the
	// same output, which is as that build left it: nothing was loaded,
	// rendered or written, the rest is that build's result.
	Unchanged bool
}

// ErrFailed is returned when the input had errors; the previous output is
// untouched and Result.Diagnostics says why.
type ErrFailed struct{ Errors int }

func (e *ErrFailed) Error() string {
	return fmt.Sprintf("build failed with %d error(s); the previous output was left as it was", e.Errors)
}

// Build runs the pipeline. It returns *ErrFailed when the input has
// errors, other errors when the file system fails.
func Build(opt Options) (*Result, error) {
	opt = opt.withDefaults()
	if opt.Progress == nil {
		opt.Progress = noProgress{}
	}
	var st *stamped
	if !opt.NoCache {
		var res *Result
		if res, st = unchanged(opt); res != nil {
			return res, nil
		}
	}
	dc := &diag.Collector{}
	opt.Progress.Stage("load", 0)
	m, err := load.Load(opt.load(), load.One(dc))
	if err != nil {
		return nil, err
	}
	res := &Result{}
	if dc.HasErrors() {
		res.Diagnostics = dc.All()
		return res, &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	out, err := output.Open(opt.Out)
	if err != nil {
		return nil, err
	}
	if opt.fault != nil {
		out.InjectFaults(opt.fault)
	}
	n, err := write(opt, m, out, dc)
	if err == nil && !dc.HasErrors() {
		err = st.extra(opt, out)
	}
	res.Diagnostics = dc.All()
	if err != nil {
		out.Discard()
		return res, err
	}
	if dc.HasErrors() {
		out.Discard()
		return res, &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	opt.Progress.Stage("swap", 0)
	if err := out.Commit(); err != nil {
		out.Discard()
		return res, err
	}
	res.Pages, res.Files, res.Search, res.Rendered = n.pages, n.files, n.search, n.rendered
	st.save(m, out, res)
	return res, nil
}

// write renders the site m into out (and into the bundles, when asked
// for) and finishes it, unless an error turns up on the way.
func write(opt Options, m *load.Model, out *output.Dir, dc *diag.Collector) (counts, error) {
	var bs *bundles
	var sink render.Sink = out
	if opt.Bundle {
		var err error
		if bs, err = newBundles(m, out, dc); err != nil {
			return counts{}, err
		}
		defer bs.abort()
		sink = bs.tee(out)
	}
	c := openCache(opt, m, dc)
	opt.Progress.Stage("render", len(m.Site.Pages))
	var rendered []*site.Page
	pages := func(t render.Target) error {
		t.Done = opt.Progress.Page
		if c == nil {
			rendered = m.Site.Pages
			return render.Pages(m.Site.Pages, func(*site.Page) render.Target { return t })
		}
		var err error
		rendered, err = cachedPages(m, c, out, bs != nil, t)
		return err
	}
	indexes := func(idx render.SearchIndexes) searchWriter {
		if opt.SearchSizes {
			idx.MeasureGzip()
		}
		if c == nil || bs != nil {
			return idx // the bundles need every file's bytes
		}
		return cachedSearch{idx, c, out}
	}
	n, err := renderAll(m, sink, pages, indexes, dc)
	for _, p := range rendered {
		n.rendered = append(n.rendered, p.OutPath())
	}
	if err == nil && !dc.HasErrors() {
		var k int
		k, err = publish(opt, m, out, bs, dc)
		n.files += k
	}
	if err == nil && !dc.HasErrors() && c != nil {
		// Saved before the swap, under the output's lock. A cache
		// describes what pages render to, not which output holds it: it
		// holds true whether or not the swap follows.
		err = c.Save()
	}
	if err == nil && !dc.HasErrors() && opt.Check {
		opt.Progress.Stage("check", 0)
		err = out.Check(m.Base, dc)
	}
	return n, err
}
