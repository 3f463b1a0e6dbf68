package pipeline

import (
	"slices"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/site"
)

// Files is a built site held in memory: output path ("de/index.html") to
// content. A Files value handed out is never changed again.
type Files map[string][]byte

// Session is a site kept loaded, for doku serve. It holds the loaded
// input and the problems found, each page's apart, and publishes Views
// whose pages are rendered when asked for. What a page's rendering alone
// tells (its problems, the messages it looked up, its search entry) a pass
// over every page collects behind it (NextBatch, Merge); the search
// indexes follow once the pass is done (Settle). On Update the session
// loads again only what changed and drops from the views' cache what the
// change affects:
//
//   - a page whose front matter did not change: that page, rendered again
//     at once (its problems decide whether the new input is good);
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
// View serves the last input without errors, so a mistake being typed
// never replaces a working preview. A Session is not safe for concurrent
// use; Views are, and so is rendering a Batch.
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
	// outDiags holds each rendered page's problems, by output path;
	// pageLookups the messages it looked up, as numbers from lookups.
	outDiags    map[string][]diag.Diagnostic
	pageLookups map[string][]int32
	lookups     map[i18n.Lookup]int32
	// todo holds the pages, by output path, whose problems, lookups and
	// search entry the pass has yet to collect (again).
	todo map[string]*site.Page
	// epoch counts the models in: a batch rendered from an older one is
	// not merged.
	epoch uint64
	// sidebars are the sidebars built so far for in.
	sidebars *render.SidebarCache
	// files holds the files of the parts of the site (see siteParts),
	// errors or not; partFiles lists the files each part wrote and
	// partDiags its problems, by the part's name; stale names the parts
	// Settle must render again.
	files     map[string][]byte
	partFiles map[string][]string
	partDiags map[string][]diag.Diagnostic
	stale     map[string]bool
	// searchIdx is the search index of every locale, kept between
	// updates: a page rendered again replaces its entry.
	searchIdx render.SearchIndexes
	// cache keeps the pages the views rendered; changed is what the next
	// view published must not take from it; fresh are the pages an update
	// rendered, given to the cache with that view.
	cache   *pageCache
	changed stale
	fresh   map[string]*pageOut
	good    *View
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

// NewSession loads the site and renders the parts of it every page does
// not need (home pages, root, shared and hosting files); its pages are
// rendered when a View is asked for them, and checked by the pass.
// Problems in the input are not an error: see Diagnostics. The error is
// for a file system failure. cacheBytes bounds the pages the views keep
// rendered (0: DefaultCacheBytes).
func NewSession(opt Options, cacheBytes int) (*Session, *Change, error) {
	opt = opt.withDefaults()
	s := &Session{opt: opt, cache: newPageCache(cacheBytes), fresh: map[string]*pageOut{}}
	ch, err := s.full()
	return s, ch, err
}

// View returns the output of the last input without errors; nil if there
// has been none yet.
func (s *Session) View() *View { return s.good }

// Rebuild loads and renders everything again, as after a change to
// layouts; for when changes may have been missed.
func (s *Session) Rebuild() (*Change, error) { return s.full() }

// Locales lists the locales of Files, en-US first; nil before a build
// without errors.
func (s *Session) Locales() []string {
	if s.good == nil {
		return nil
	}
	return slices.Clone(s.good.in.Site.Locales)
}

// Localizer looks up messages in the catalogs of Files (of the current
// input before there is a build without errors), for the pages the server
// makes itself; nil if there are no catalogs. Problems are not reported.
func (s *Session) Localizer(loc string) *i18n.Localizer {
	in := s.model()
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

// model is the model of View, or the current input's before there is
// one.
func (s *Session) model() *load.Model {
	if s.good != nil {
		return s.good.in
	}
	return s.in
}
