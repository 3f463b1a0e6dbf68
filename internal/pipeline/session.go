package pipeline

import (
	"bytes"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/site"
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
	in      *load.Model // nil after a load that could not produce an input
	pages   []*content.Page
	byPath  map[string]*content.Page
	walk    []diag.Diagnostic // content problems not tied to one page
	other   []diag.Diagnostic // config, close codes, theme
	index   []diag.Diagnostic
	catalog []diag.Diagnostic
	// pageDiags holds each page file's load problems, by content path.
	pageDiags map[string][]diag.Diagnostic
	// outDiags holds each rendered file's problems, by output path.
	outDiags map[string][]diag.Diagnostic
	// pageFiles lists the files each page wrote (the page, its live
	// samples), by the page's output path; pageLookups the messages it
	// looked up, as numbers from lookups.
	pageFiles   map[string][]string
	pageLookups map[string][]int32
	lookups     map[i18n.Lookup]int32
	// files is the output of the current input, errors or not; shared
	// and hosting list the files renderShared and renderHosting wrote.
	files                   map[string][]byte
	shared, hosting, status []string
	// search lists the search index files of each locale; searchDirty
	// the locales whose index Settle must write again.
	search      map[string][]string
	searchDirty map[string]bool
	// statusDirty is set when Settle must write the status pages again.
	statusDirty  bool
	hostingDiags []diag.Diagnostic
	good         Files
	// searchIdx is the search index of every locale, kept between
	// updates: a page rendered again replaces its entry.
	searchIdx render.SearchIndexes
	// goodIn is the input of good.
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
func (s *Session) Localizer(locale string) *i18n.Localizer {
	in := s.goodIn
	if in == nil {
		in = s.in
	}
	if in == nil || in.L10n == nil {
		return nil
	}
	l := in.L10n[locale]
	if l == nil {
		l = in.L10n[site.SourceLocale]
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
	for _, d := range s.hostingDiags {
		f(d)
	}
	for _, m := range []map[string][]diag.Diagnostic{s.pageDiags, s.outDiags} {
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

// full loads and renders everything.
func (s *Session) full() (*Change, error) {
	dcs := load.Collectors{Other: &diag.Collector{}, Content: &diag.Collector{}, Index: &diag.Collector{}, Catalogs: &diag.Collector{}}
	in, err := load.Load(s.opt.load(), dcs)
	if err != nil {
		return nil, err
	}
	s.other, s.index, s.catalog = dcs.Other.All(), dcs.Index.All(), dcs.Catalogs.All()
	s.walk, s.pageDiags = nil, map[string][]diag.Diagnostic{}
	for _, d := range dcs.Content.All() {
		if p, ok := s.pagePath(d.Pos.File); ok {
			s.pageDiags[p] = append(s.pageDiags[p], d)
		} else {
			s.walk = append(s.walk, d)
		}
	}
	s.outDiags, s.pageFiles = map[string][]diag.Diagnostic{}, map[string][]string{}
	s.pageLookups, s.lookups = map[string][]int32{}, map[i18n.Lookup]int32{}
	s.search, s.searchDirty = map[string][]string{}, map[string]bool{}
	s.files, s.shared, s.hosting, s.hostingDiags = map[string][]byte{}, nil, nil, nil
	s.in = nil
	ch := &Change{Full: true}
	if in.Site == nil {
		ch.Errors = s.errors()
		return ch, nil
	}
	s.in = in
	s.searchIdx = render.NewSearchIndexes(in.Site.Locales)
	s.pages, s.byPath = slices.Clone(in.Tree.Pages), map[string]*content.Page{}
	slices.SortFunc(s.pages, func(a, b *content.Page) int { return comparePaths(a.Path, b.Path) })
	for _, p := range s.pages {
		s.byPath[p.Path] = p
	}
	if err := s.renderShared(ch); err != nil {
		return nil, err
	}
	if err := s.render(in.Site.Pages, in.Site.Locales, true, ch); err != nil {
		return nil, err
	}
	if err := s.renderHosting(ch); err != nil {
		return nil, err
	}
	s.statusDirty = true
	settled, err := s.Settle()
	if err != nil {
		return nil, err
	}
	ch.Rendered = append(ch.Rendered, settled.Rendered...)
	return s.finish(ch), nil
}

// pagePath returns the content path of the page file a diagnostic names.
func (s *Session) pagePath(file string) (string, bool) {
	p, ok := strings.CutPrefix(file, filepath.ToSlash(s.opt.Content)+"/")
	return p, ok && path.Base(p) == "index.md"
}

// finish counts the errors and, when there are none, publishes the files.
func (s *Session) finish(ch *Change) *Change {
	ch.Errors = s.errors()
	if ch.Errors == 0 {
		s.good, s.goodIn = maps.Clone(s.files), s.in
	}
	return ch
}

// memory is a sink that keeps the files.
type memory struct {
	mu    sync.Mutex
	files map[string][]byte
	names []string
}

func (m *memory) Write(rel string, data []byte) error {
	m.mu.Lock()
	m.files[rel] = data
	m.names = append(m.names, rel)
	m.mu.Unlock()
	return nil
}

// intern turns the messages a page looked up into a sorted list of small
// numbers, one per distinct lookup of the whole site: a page looks up
// dozens, a site has a few thousand, and the list is kept for every page.
func (s *Session) intern(used map[i18n.Lookup]bool) []int32 {
	ids := make([]int32, 0, len(used))
	for u := range used {
		n, ok := s.lookups[u]
		if !ok {
			n = int32(len(s.lookups))
			s.lookups[u] = n
		}
		ids = append(ids, n)
	}
	slices.Sort(ids)
	return ids
}

// recorder is a sink for one page's files that remembers their names.
type recorder struct {
	out   render.Sink
	names []string
}

func (r *recorder) Write(rel string, data []byte) error {
	r.names = append(r.names, rel)
	return r.out.Write(rel, data)
}

// render renders pages, the home pages of locales and, if root, the root
// page, each with a collector of its own, and records them in ch.
func (s *Session) render(pages []*site.Page, locales []string, root bool, ch *Change) error {
	out := &memory{files: s.files}
	type pageOut struct {
		in   *load.Model
		rec  *recorder
		dc   *diag.Collector
		used map[i18n.Lookup]bool
	}
	each := make(map[*site.Page]*pageOut, len(pages))
	for _, p := range pages {
		po := &pageOut{rec: &recorder{out: out}, dc: &diag.Collector{}, used: map[i18n.Lookup]bool{}}
		in := *s.in
		in.L10n = make(map[string]*i18n.Localizer, len(s.in.L10n))
		for l, loc := range s.in.L10n {
			in.L10n[l] = loc.Recording(po.used)
		}
		po.in = &in
		each[p] = po
	}
	to := func(p *site.Page) render.Target {
		return render.Target{Model: each[p].in, Out: each[p].rec, Diag: each[p].dc, Search: s.searchIdx}
	}
	if err := render.Pages(pages, to); err != nil {
		return err
	}
	for p, po := range each {
		key := p.OutPath()
		s.outDiags[key] = po.dc.All()
		for _, old := range s.pageFiles[key] {
			if !slices.Contains(po.rec.names, old) {
				delete(s.files, old)
				ch.Removed = append(ch.Removed, old)
			}
		}
		s.pageFiles[key] = po.rec.names
		s.pageLookups[key] = s.intern(po.used)
	}
	for _, l := range locales {
		dc := &diag.Collector{}
		if err := render.Home(s.in, out, l, nil, dc); err != nil {
			return err
		}
		s.outDiags[render.HomePath(l)] = dc.All()
	}
	if root {
		dc := &diag.Collector{}
		if err := render.Root(s.in, out, s.in.Site.Locales, dc); err != nil {
			return err
		}
		s.outDiags["index.html"] = dc.All()
	}
	ch.Rendered = append(ch.Rendered, out.names...)
	slices.Sort(ch.Rendered)
	ch.Rendered = slices.Compact(ch.Rendered)
	for _, p := range pages {
		s.searchDirty[p.Locale] = true
	}
	return nil
}

// Settle writes what Update put off: the search index of every locale
// whose pages changed, and the translation status pages. Writing an index
// serializes the whole locale's index (most of the time of a page edit at
// MDN's size), the status pages list every page and message, and the page
// being read depends on neither; so doku serve reloads the browser first
// and settles after. Until then a search may find the text before the
// edit. Settle does nothing when nothing is pending.
func (s *Session) Settle() (*Change, error) {
	ch := &Change{}
	if len(s.searchDirty) == 0 && !s.statusDirty || s.in == nil {
		return ch, nil
	}
	err := s.renderSearch(s.searchDirty, ch)
	s.searchDirty = map[string]bool{}
	if err == nil && s.statusDirty {
		err = s.renderStatus(ch)
		s.statusDirty = false
	}
	if err != nil {
		return nil, err
	}
	return s.finish(ch), nil
}

// renderSearch writes the search index of the locales given again (the
// pages rendered replaced theirs in it) and records the files that
// changed: index files are named after their content, so most edits
// change a few names.
func (s *Session) renderSearch(locales map[string]bool, ch *Change) error {
	for _, l := range s.in.Site.Locales {
		if !locales[l] {
			continue
		}
		out := &memory{files: map[string][]byte{}}
		if _, _, err := s.searchIdx.Write([]string{l}, out); err != nil {
			return err
		}
		s.search[l] = s.keepChanged(s.search[l], out, ch)
	}
	return nil
}

// keepChanged puts the files of out in place of those names listed before
// and returns out's names. Only files whose bytes changed count as
// rendered, so that a preview reloads a page only then.
func (s *Session) keepChanged(names []string, out *memory, ch *Change) []string {
	for _, name := range names {
		if _, ok := out.files[name]; !ok {
			delete(s.files, name)
			ch.Removed = append(ch.Removed, name)
		}
	}
	for _, name := range out.names {
		if old, ok := s.files[name]; !ok || !bytes.Equal(old, out.files[name]) {
			s.files[name] = out.files[name]
			ch.Rendered = append(ch.Rendered, name)
		}
	}
	slices.Sort(ch.Rendered)
	ch.Rendered = slices.Compact(ch.Rendered)
	return out.names
}

// renderShared writes the static files and assets again, dropping those it
// wrote before.
func (s *Session) renderShared(ch *Change) error {
	return s.rewrite(&s.shared, ch, func(out render.Sink) error {
		_, err := render.Shared(s.in, out)
		return err
	})
}

// renderHosting writes the sitemaps, robots.txt and 404 pages again: they
// list every page and show catalog strings.
func (s *Session) renderHosting(ch *Change) error {
	dc := &diag.Collector{}
	err := s.rewrite(&s.hosting, ch, func(out render.Sink) error {
		_, err := render.Hosting(s.in, out, dc)
		return err
	})
	s.hostingDiags = dc.All()
	return err
}

// rewrite runs write, replacing the files *names lists by those it writes.
func (s *Session) rewrite(names *[]string, ch *Change, write func(render.Sink) error) error {
	for _, name := range *names {
		delete(s.files, name)
	}
	out := &memory{files: s.files}
	err := write(out)
	*names = out.names
	ch.Rendered = append(ch.Rendered, out.names...)
	slices.Sort(ch.Rendered)
	ch.Rendered = slices.Compact(ch.Rendered)
	return err
}

// Update brings the output up to date after the files at paths (as the
// file system watcher names them) changed, appeared or went away.
func (s *Session) Update(paths []string) (*Change, error) {
	if s.in == nil {
		return s.full()
	}
	var pages []string
	catalogs := map[string]bool{}
	for _, p := range paths {
		switch kind, rel := s.classify(p); kind {
		case changeFull:
			return s.full()
		case changePage:
			pages = append(pages, rel)
		case changePageDir:
			pages = append(pages, s.pagesUnder(rel)...)
		case changeCatalog:
			catalogs[rel] = true
		}
	}
	ch := &Change{}
	if len(pages) > 0 {
		if err := s.updatePages(pages, ch); err != nil {
			return nil, err
		}
	}
	if len(catalogs) > 0 {
		if err := s.updateCatalogs(catalogs, ch); err != nil {
			return nil, err
		}
	}
	return s.finish(ch), nil
}

type changeKind int

const (
	changeNone changeKind = iota
	changeFull
	changePage    // rel is the content path of an index.md
	changePageDir // rel is a content folder that appeared or went away
	changeCatalog // rel is the locale of a catalog
)

// classify says what kind of input file p is.
func (s *Session) classify(p string) (changeKind, string) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return changeFull, ""
	}
	if rel, ok := under(s.opt.Content, abs); ok {
		parts := strings.Split(rel, "/")
		switch {
		case ignored(parts):
			return changeNone, ""
		case parts[0] == content.DataDir || len(parts) == 1:
			return changeFull, "" // data, or a locale folder
		case path.Base(rel) == "index.md":
			return changePage, rel
		}
		if fi, err := os.Stat(abs); err == nil && fi.IsDir() || s.hasPagesUnder(rel) {
			return changePageDir, rel
		}
		return changeFull, "" // an asset
	}
	rel, ok := under(s.opt.Root, abs)
	if !ok || ignored(strings.Split(rel, "/")) {
		return changeNone, ""
	}
	dir, name, _ := strings.Cut(rel, "/")
	switch {
	case rel == load.ConfigFile, dir == "layouts", dir == "static":
		return changeFull, ""
	case dir == "locales" && path.Ext(name) == ".toml" && !strings.Contains(name, "/"):
		locale := strings.TrimSuffix(name, ".toml")
		if slices.Contains(s.in.Site.Locales, locale) {
			return changeCatalog, locale
		}
	case rel == "locales":
		return changeFull, ""
	}
	return changeNone, ""
}

// under returns abs relative to dir, slash-separated, if it lies inside.
func under(dir, abs string) (string, bool) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(d, abs)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// ignored reports paths doku never reads: hidden files and folders, and
// the backup and swap files editors leave.
func ignored(parts []string) bool {
	for _, p := range parts {
		if strings.HasPrefix(p, ".") || strings.HasPrefix(p, "#") {
			return true
		}
	}
	name := parts[len(parts)-1]
	return strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || name == "4913"
}

func (s *Session) hasPagesUnder(dir string) bool { return len(s.pagesUnder(dir)) > 0 }

// pagesUnder lists the index.md files below dir: those known and those on
// disk now.
func (s *Session) pagesUnder(dir string) []string {
	var ps []string
	for p := range s.byPath {
		if strings.HasPrefix(p, dir+"/") {
			ps = append(ps, p)
		}
	}
	_ = fs.WalkDir(s.in.Content, dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "index.md" && !ignored(strings.Split(p, "/")) {
			ps = append(ps, p)
		}
		return nil
	})
	slices.Sort(ps)
	return slices.Compact(ps)
}

// comparePaths orders content paths as a walk of the tree meets them, so
// that the first of two pages with the same slug is the one a full build
// keeps.
func comparePaths(a, b string) int {
	return slices.Compare(strings.Split(a, "/"), strings.Split(b, "/"))
}

// updatePages reloads the pages at the content paths ps and re-renders what
// they affect.
func (s *Session) updatePages(ps []string, ch *Change) error {
	old := s.in.Site
	// bodyOnly: no front matter changed; moved: a page appeared, went
	// away or changed its slug, so assets may belong to another page.
	bodyOnly, moved := true, false
	locales := map[string]bool{}
	slugs := map[string]bool{}
	changed := func(op, np *content.Page) {
		if op == nil || np == nil || op.Locale != np.Locale || !reflect.DeepEqual(op.Meta, np.Meta) {
			bodyOnly = false
		}
		if op == nil || np == nil || op.Locale != np.Locale || op.Meta.Slug != np.Meta.Slug {
			moved = true
		}
		for _, q := range []*content.Page{op, np} {
			if q != nil {
				locales[q.Locale] = true
				slugs[strings.ToLower(q.Meta.Slug)] = true
			}
		}
	}
	var edited []*content.Page
	for _, p := range ps {
		dc := &diag.Collector{}
		var np *content.Page
		if _, err := fs.Stat(s.in.Content, p); err == nil {
			np = content.LoadPage(s.in.Content, p, load.ContentOptions(s.in.Options(), s.in.Config), dc)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		s.pageDiags[p] = dc.All()
		op := s.setPage(p, np)
		changed(op, np)
		if np != nil {
			edited = append(edited, np)
		}
		if s.in.Pseudo == "" || (op == nil || op.Locale != site.SourceLocale) && (np == nil || np.Locale != site.SourceLocale) {
			continue
		}
		var nc *content.Page
		if np != nil && np.Locale == site.SourceLocale {
			nc = load.PseudoPage(np, s.in.Pseudo)
			edited = append(edited, nc)
		}
		changed(s.setPage(load.PseudoPath(p, s.in.Pseudo), nc), nc)
	}
	if bodyOnly && s.editSources(edited) {
		// Nothing the index holds changed: render the pages, no more.
		var pages []*site.Page
		for _, cp := range edited {
			pages = append(pages, old.Page(cp.Locale, cp.Meta.Slug))
		}
		return s.render(pages, nil, false, ch)
	}
	dc := &diag.Collector{}
	tree := &content.Tree{Pages: s.pages, Assets: s.in.Tree.Assets, Locales: s.in.Tree.Locales}
	s.in = s.in.WithTree(tree, dc)
	ns := s.in.Site
	s.index = dc.All()

	var pages []*site.Page
	var homes []string
	if bodyOnly {
		for _, cp := range edited {
			if q := ns.Page(cp.Locale, cp.Meta.Slug); q != nil && q.Src == cp {
				pages = append(pages, q)
			}
		}
	} else {
		if locales[site.SourceLocale] {
			for _, l := range ns.Locales {
				locales[l] = true
			}
		}
		for _, p := range ns.Pages {
			if locales[p.Locale] || slugs[strings.ToLower(p.Slug)] {
				pages = append(pages, p)
			}
		}
		for _, l := range ns.Locales {
			if locales[l] {
				homes = append(homes, l)
			}
		}
	}
	// Outputs of pages that are gone, or moved to another slug.
	removedFrom := map[string]bool{}
	for _, p := range old.Pages {
		if q := ns.Page(p.Locale, p.Slug); q == nil || q.OutPath() != p.OutPath() {
			for _, name := range s.pageFiles[p.OutPath()] {
				delete(s.files, name)
				ch.Removed = append(ch.Removed, name)
			}
			delete(s.pageFiles, p.OutPath())
			delete(s.pageLookups, p.OutPath())
			delete(s.outDiags, p.OutPath())
			s.searchIdx.Remove(p)
			removedFrom[p.Locale] = true
		}
	}
	if moved {
		if err := s.renderShared(ch); err != nil {
			return err
		}
		if err := s.renderHosting(ch); err != nil {
			return err
		}
	}
	if !bodyOnly {
		s.statusDirty = true
	}
	for l := range removedFrom {
		s.searchDirty[l] = true
	}
	return s.render(pages, homes, false, ch)
}

// editSources moves to a model whose pages are rendered from the new
// versions of their files (see load.Model.WithSources), when each edited
// page is one the index holds (not a duplicate it dropped); false if one is
// not, and nothing was changed.
func (s *Session) editSources(edited []*content.Page) bool {
	for _, cp := range edited {
		p := s.in.Site.Page(cp.Locale, cp.Meta.Slug)
		if p == nil || p.Src.Path != cp.Path {
			return false
		}
	}
	s.in = s.in.WithSources(edited)
	return true
}

// setPage puts np (nil: none) at the content path p and returns the page
// that was there.
func (s *Session) setPage(p string, np *content.Page) *content.Page {
	op := s.byPath[p]
	i, found := slices.BinarySearchFunc(s.pages, p, func(q *content.Page, p string) int { return comparePaths(q.Path, p) })
	switch {
	case np != nil && found:
		s.pages[i] = np
	case np != nil:
		s.pages = slices.Insert(s.pages, i, np)
	case found:
		s.pages = slices.Delete(s.pages, i, i+1)
	}
	if np != nil {
		s.byPath[p] = np
	} else {
		delete(s.byPath, p)
	}
	return op
}

// updateCatalogs reloads the catalogs and re-renders the pages that looked
// up a message that changed in an edited catalog: looked up in that
// catalog's locale, or, for en-US, in any locale (the others fall back to
// it, and the pseudo-locale is made from it). The home pages, the root page
// and the 404 pages are rendered again in any case: they are few.
func (s *Session) updateCatalogs(locales map[string]bool, ch *Change) error {
	dc := &diag.Collector{}
	old := s.in.Catalogs
	s.in = s.in.WithCatalogs(dc)
	s.catalog = dc.All()
	affected := map[int32]bool{}
	for l := range locales {
		changed := s.in.Catalogs.Changed(old, l)
		for u, n := range s.lookups {
			if changed[u.ID] && (u.Locale == l || l == site.SourceLocale) {
				affected[n] = true
			}
		}
	}
	var pages []*site.Page
	for _, p := range s.in.Site.Pages {
		if slices.ContainsFunc(s.pageLookups[p.OutPath()], func(n int32) bool { return affected[n] }) {
			pages = append(pages, p)
		}
	}
	homes := s.in.Site.Locales
	if err := s.renderHosting(ch); err != nil {
		return err
	}
	s.statusDirty = true
	return s.render(pages, homes, true, ch)
}
