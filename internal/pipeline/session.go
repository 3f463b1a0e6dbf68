package pipeline

import (
	"slices"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/render"
)

// Files is a built site held in memory: output path ("de/index.html") to
// content. A Files value handed out is never changed again.
type Files map[string][]byte

// Session is a build kept in memory, for doku serve. It holds the loaded
// input, the rendered output and the problems found, each page's apart, and
// on Update re-renders only what the changed files affect:
//
//   - a page whose front matter did not change: that page;
//   - a page whose front matter changed, or that appeared or went away: every
//     page and the home page of its locale (of every locale for en-US, whose
//     titles, existence and inherited keys translations show), and the
//     pages with the same slug in other locales (their language switcher);
//   - a catalog: the pages that looked up a message whose text changed
//     (looked up in its locale; in any locale for en-US, the fallback of
//     the others), and the home, root and 404 pages;
//   - anything else (doku.toml, layouts, static files, data, page assets):
//     everything.
//
// Files serves the last build without errors, so a mistake being typed
// never replaces a working preview. A Session is not safe for concurrent
// use; Files values are.
type Session struct {
	opt     Options
	in      *load.Model // nil after a load that could not produce a model
	pages   []*content.Page
	byPath  map[string]*content.Page
	walk    []diag.Diagnostic // content problems not tied to one page
	other   []diag.Diagnostic // config, close codes, theme
	index   []diag.Diagnostic
	catalog []diag.Diagnostic
	// pageDiags holds each page file's load problems, by content path.
	pageDiags map[string][]diag.Diagnostic
	// outDiags holds each rendered page's problems, by output path.
	outDiags map[string][]diag.Diagnostic
	// pageFiles lists the files each page wrote (the page, its live
	// samples), by the page's output path; pageLookups the messages it
	// looked up, as numbers from lookups.
	pageFiles   map[string][]string
	pageLookups map[string][]int32
	lookups     map[i18n.Lookup]int32
	// files is the output of the current model, errors or not.
	files map[string][]byte
	// partFiles lists the files each part of the site (see siteParts)
	// wrote and partDiags its problems, by the part's name; stale names
	// the parts Settle must render again.
	partFiles map[string][]string
	partDiags map[string][]diag.Diagnostic
	stale     map[string]bool
	// searchIdx is the search index of every locale, kept between
	// updates: a page rendered again replaces its entry.
	searchIdx render.SearchIndexes
	good      Files
	// goodIn is the model of good.
	goodIn *load.Model
}

// Change is what one Update did.
type Change struct {
	// Full is set when everything was loaded and rendered again.
	Full bool
	// Rendered lists the output files rendered again; Removed those that
	// no longer exist.
	Rendered, Removed []string
	// Errors counts the errors of the input as it is now. While there are
	// any, Files keeps returning the last build without errors.
	Errors int
}

// NewSession loads and renders the whole site. Problems in the input are
// not an error: see Diagnostics. The error is for a file system failure.
func NewSession(opt Options) (*Session, *Change, error) {
	opt = opt.withDefaults()
	s := &Session{opt: opt}
	ch, err := s.full()
	return s, ch, err
}

// Files returns the output of the last build without errors; nil if there
// has been none yet.
func (s *Session) Files() Files { return s.good }

// Rebuild loads and renders everything again, as after a change to
// layouts; for when changes may have been missed.
func (s *Session) Rebuild() (*Change, error) { return s.full() }

// Locales lists the locales of Files, en-US first; nil before a build
// without errors.
func (s *Session) Locales() []string {
	if s.goodIn == nil {
		return nil
	}
	return slices.Clone(s.goodIn.Site.Locales)
}

// Localizer looks up messages in the catalogs of Files (of the current
// input before there is a build without errors), for the pages the server
// makes itself; nil if there are no catalogs. Problems are not reported.
func (s *Session) Localizer(loc string) *i18n.Localizer {
	in := s.goodIn
	if in == nil {
		in = s.in
	}
	if in == nil || in.L10n == nil {
		return nil
	}
	l := in.L10n[loc]
	if l == nil {
		l = in.L10n[locale.Source]
	}
	return l.ReportingTo(&diag.Collector{})
}

// Diagnostics returns every problem of the input as it is now, sorted.
func (s *Session) Diagnostics() []diag.Diagnostic {
	var dc diag.Collector
	s.eachDiag(dc.Report)
	return dc.All()
}

// Problems returns the errors of the input as it is now, sorted, and the
// number of warnings: cheaper than Diagnostics on a large site, where
// warnings are many and errors few.
func (s *Session) Problems() (errors []diag.Diagnostic, warnings int) {
	var dc diag.Collector
	s.eachDiag(func(d diag.Diagnostic) {
		if d.Severity == diag.Error {
			dc.Report(d)
		} else {
			warnings++
		}
	})
	return dc.All(), warnings
}

func (s *Session) eachDiag(f func(diag.Diagnostic)) {
	for _, ds := range [][]diag.Diagnostic{s.walk, s.other, s.index, s.catalog} {
		for _, d := range ds {
			f(d)
		}
	}
	for _, m := range []map[string][]diag.Diagnostic{s.pageDiags, s.outDiags, s.partDiags} {
		for _, ds := range m {
			for _, d := range ds {
				f(d)
			}
		}
	}
}

func (s *Session) errors() int {
	n := 0
	s.eachDiag(func(d diag.Diagnostic) {
		if d.Severity == diag.Error {
			n++
		}
	})
	return n
}
