// Package defects reads a site doku built from MDN's content and counts,
// page by page, what a reader sees that MDN's own renderer (rari and fred)
// would not show. It measures how far doku's output is from MDN's, so it
// hides no defect it knows of and raises no alarm MDN's output would share.
//
// A page is an output file <locale>/docs/<Slug>/index.html. Its source,
// when a content tree is given, is <tree>/<locale lower-cased>/<slug
// lower-cased>/index.md; a translation without its own sidebar or
// browser-compat key inherits its English page's, as on MDN. Checks that
// need the source are skipped without a tree.
//
// The kinds, each in a file of its own:
//
//   - deflist: a list item whose text starts with ": " outside code: MDN's
//     definition list ("- term" then "  - : definition") left as bullets.
//   - sidebar-missing: the page asks for a sidebar (front matter sidebar:,
//     or a sidebar macro in its source) but has no nav.sidebar.
//   - code-flags: a fenced block whose MDN flags were rendered wrongly, by
//     flag: "hidden" shown, "example-good"/"example-bad" with no style in
//     the page's stylesheets, "-nolint" language left unhighlighted,
//     "interactive-example" left as plain code outside an example's
//     figure, or an example's figure without the frame that runs it.
//   - live-sample-missing: an EmbedLiveSample that found no sample.
//   - macro-flaw: any other span.flaw box of a failed macro call, by macro.
//   - macro-text: "{{" and "}}" shown as text outside code, where the
//     source does not escape them (\{{).
//   - title-backticks: a pair of backticks in <title> or in the page's h1
//     outside code: inline Markdown of the title left as text.
//   - compat-no-data: a Compat or Specifications call that failed, or a
//     "no specification" notice, on a page that names a browser-compat
//     key; with the key but without spec-urls, a notice is counted only
//     when the data names specifications (unknown without it: not counted).
//   - callout-text: "[!NOTE]", "[!WARNING]" or "[!CALLOUT]" shown as text,
//     or a block quote opening with a bold "Note:" (or its kin) that did
//     not become a callout.
//   - broken-anchor: a link to a file the site lacks, or to a fragment
//     the target page lacks, where MDN's page has it; what misses on MDN
//     as well is not counted (see anchors.go). A file beside the page
//     counts only when the content tree holds it (beside the page's
//     source or its English page's, where MDN serves it from); a
//     fragment only when it is the ID MDN makes from the text of one of
//     the target's headings or terms ("_N" when N of them make it), not
//     the English ID of a heading a translation translated or an ID an
//     older MDN made. Links to what MDN's own site serves outside its
//     docs (/en-US/play, /discord, /shared-assets/) are links to that
//     site in doku's output, so not counted. internal/sitecheck reports
//     every missing file and fragment.
//   - pending-box: a figure doku shows where MDN renders content, by what
//     it stands for (inheritance diagram, interactive example).
package defects

import (
	"cmp"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"
)

// The kinds of defect, in the order reports list them.
const (
	KindDeflist           = "deflist"
	KindSidebarMissing    = "sidebar-missing"
	KindCodeFlags         = "code-flags"
	KindLiveSampleMissing = "live-sample-missing"
	KindMacroFlaw         = "macro-flaw"
	KindMacroText         = "macro-text"
	KindTitleBackticks    = "title-backticks"
	KindCompatNoData      = "compat-no-data"
	KindCalloutText       = "callout-text"
	KindBrokenAnchor      = "broken-anchor"
	KindPendingBox        = "pending-box"
)

// Kinds lists every kind with what a reader sees.
var Kinds = []struct{ ID, Doc string }{
	{KindDeflist, "definition list shown as a bullet list with \": \" items"},
	{KindSidebarMissing, "page asks for a sidebar but has none"},
	{KindCodeFlags, "code block with an MDN flag rendered wrongly"},
	{KindLiveSampleMissing, "live sample not found"},
	{KindMacroFlaw, "failed macro call shown as a flaw box"},
	{KindMacroText, "{{macro}} text shown literally"},
	{KindTitleBackticks, "backticks shown in the title or h1"},
	{KindCompatNoData, "compat or specifications without data though the page names a key"},
	{KindCalloutText, "callout marker shown as text"},
	{KindBrokenAnchor, "link to a missing fragment or file"},
	{KindPendingBox, "placeholder box where MDN shows content"},
}

// Finding is one defect of a page: its kind and, for kinds counted by
// detail (the macro of a flaw, the flag of a code block), the detail.
type Finding struct {
	Kind, Detail string
}

// Options say what to check.
type Options struct {
	// Content is the content tree the site was built from; nil skips the
	// checks that need a page's source.
	Content fs.FS
	// Compat says whether the browser-compat data names specifications
	// for a key; nil leaves "no specification" notices uncounted.
	Compat SpecLookup
	// Workers is the number of pages read at once; 0 means every core.
	Workers int
	// Examples is how many example pages a kind keeps; 0 means 3.
	Examples int
	// NoAnchors skips the link and fragment check (broken-anchor).
	NoAnchors bool
}

// SpecLookup says whether the browser-compat key names specifications.
type SpecLookup func(key string) bool

// Check reads every page of the built site out and returns the report.
func Check(out fs.FS, opt Options) (*Report, error) {
	pages, results, err := checkAll(out, opt)
	if err != nil {
		return nil, err
	}
	return newReport(pages, results, cmp.Or(opt.Examples, 3)), nil
}

// checkAll returns the pages of out, sorted, and the findings of each.
func checkAll(out fs.FS, opt Options) ([]string, [][]Finding, error) {
	files, pages, err := listFiles(out)
	if err != nil {
		return nil, nil, err
	}
	styles := newStyleCache(out)
	src := newSources(opt.Content)
	results := make([][]Finding, len(pages))
	links := make([]*linked, len(pages))
	jobs := make(chan int)
	var readErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	for range cmp.Or(opt.Workers, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range jobs {
				f, l, err := checkPage(out, pages[i], styles, src, opt.Compat)
				if err != nil {
					errOnce.Do(func() { readErr = err })
				}
				results[i], links[i] = f, l
			}
		})
	}
	for i := range pages {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if readErr != nil {
		return nil, nil, readErr
	}
	if !opt.NoAnchors {
		anchors := brokenAnchors(files, pages, links, opt.Content)
		for i, p := range pages {
			results[i] = append(results[i], anchors[p]...)
		}
	}
	return pages, results, nil
}

// pageLocaleSlug splits "de/docs/Web/API/X/index.html" into "de" and
// "Web/API/X".
func pageLocaleSlug(p string) (locale, slug string) {
	locale, rest, _ := strings.Cut(p, "/docs/")
	return locale, strings.TrimSuffix(rest, "/index.html")
}

// checkPage reads one page, runs every detector on it, and returns what
// the anchor check needs of it.
func checkPage(out fs.FS, name string, styles *styleCache, src *sources, specs SpecLookup) ([]Finding, *linked, error) {
	data, err := fs.ReadFile(out, name)
	if err != nil {
		return nil, nil, err
	}
	pg := parsePage(data)
	locale, slug := pageLocaleSlug(name)
	ctx := &pageContext{page: pg, source: src.get(locale, slug), styles: styles, dir: path.Dir(name), specs: specs}
	var found []Finding
	for _, d := range detectors {
		found = append(found, d(ctx)...)
	}
	return found, &linked{refs: pg.refs, ids: pg.ids.String(), anchorTexts: pg.anchorTexts.String()}, nil
}

// pageContext is what a detector reads: the parsed page, its source (nil
// without a content tree or when the page has none), and the site's
// stylesheets.
type pageContext struct {
	page   *page
	source *source
	styles *styleCache
	dir    string // the page's folder in the output
	specs  SpecLookup
}

// detectors run on every page, in the order of Kinds.
var detectors = []func(*pageContext) []Finding{
	detectDeflist,
	detectSidebarMissing,
	detectCodeFlags,
	detectFlaws,
	detectMacroText,
	detectTitleBackticks,
	detectCompatNoData,
	detectCalloutText,
	detectPendingBoxes,
}
