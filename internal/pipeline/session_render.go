package pipeline

import (
	"bytes"
	"maps"
	"path"
	"path/filepath"
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
	s.partFiles, s.partDiags, s.stale = map[string][]string{}, map[string][]diag.Diagnostic{}, map[string]bool{}
	s.files = map[string][]byte{}
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
	if err := s.render(in.Site.Pages, ch); err != nil {
		return nil, err
	}
	if err := s.renderParts(func(string) bool { return true }, ch); err != nil {
		return nil, err
	}
	clear(s.stale)
	return s.finish(ch), nil
}

// pagePath returns the content path of the page file a diagnostic names.
func (s *Session) pagePath(file string) (string, bool) {
	p, ok := strings.CutPrefix(file, filepath.ToSlash(s.opt.Content)+"/")
	return p, ok && content.IsPageFile(path.Base(p))
}

// finish counts the errors and, when there are none, publishes the files.
func (s *Session) finish(ch *Change) *Change {
	slices.Sort(ch.Rendered)
	ch.Rendered = slices.Compact(ch.Rendered)
	ch.Errors = s.errors()
	if ch.Errors == 0 {
		s.good, s.goodIn = maps.Clone(s.files), s.in
	}
	return ch
}

// memory is a sink that keeps the files, copied (see render.Sink).
type memory struct {
	mu    sync.Mutex
	files map[string][]byte
	names []string
}

func (m *memory) Write(rel string, data []byte) error {
	m.mu.Lock()
	m.files[rel] = bytes.Clone(data)
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

// pageRun is the rendering of one page: the model it reads, whose
// localizers record the messages it looks up, its files and its problems.
type pageRun struct {
	in   *load.Model
	rec  *recorder
	dc   *diag.Collector
	used map[i18n.Lookup]bool
}

// render renders pages, each with a collector of its own, records what
// each wrote and looked up, and marks their locales' search indexes stale.
func (s *Session) render(pages []*site.Page, ch *Change) error {
	out := &memory{files: s.files}
	each := make(map[*site.Page]*pageRun, len(pages))
	for _, p := range pages {
		run := &pageRun{rec: &recorder{out: out}, dc: &diag.Collector{}, used: map[i18n.Lookup]bool{}}
		in := *s.in
		in.L10n = make(map[string]*i18n.Localizer, len(s.in.L10n))
		for l, loc := range s.in.L10n {
			in.L10n[l] = loc.Recording(run.used)
		}
		run.in = &in
		each[p] = run
	}
	to := func(p *site.Page) render.Target {
		return render.Target{Model: each[p].in, Out: each[p].rec, Diag: each[p].dc, Search: s.searchIdx}
	}
	if err := render.Pages(pages, to); err != nil {
		return err
	}
	for p, run := range each {
		key := p.OutPath()
		s.outDiags[key] = run.dc.All()
		for _, old := range s.pageFiles[key] {
			if !slices.Contains(run.rec.names, old) {
				delete(s.files, old)
				ch.Removed = append(ch.Removed, old)
			}
		}
		s.pageFiles[key] = run.rec.names
		s.pageLookups[key] = s.intern(run.used)
		s.stale["search "+p.Locale] = true
	}
	ch.Rendered = append(ch.Rendered, out.names...)
	return nil
}

// renderParts renders again the parts of the site (see siteParts) whose
// name want accepts, each replacing the files it wrote before.
func (s *Session) renderParts(want func(name string) bool, ch *Change) error {
	for _, p := range siteParts(s.in, s.searchIdx, nil) {
		if !want(p.name) {
			continue
		}
		out, dc := &memory{files: map[string][]byte{}}, &diag.Collector{}
		if _, err := p.render(s.in, out, dc); err != nil {
			return err
		}
		s.partDiags[p.name] = dc.All()
		if p.settles {
			s.partFiles[p.name] = s.keepChanged(s.partFiles[p.name], out, ch)
		} else {
			s.partFiles[p.name] = s.replace(s.partFiles[p.name], out, ch)
		}
		delete(s.stale, p.name)
	}
	return nil
}

// named accepts the names given.
func named(names ...string) func(string) bool {
	return func(n string) bool { return slices.Contains(names, n) }
}

// Settle renders what Update put off: the search index of every locale
// whose pages changed, and the translation status pages. Writing an index
// serializes the whole locale's index (most of the time of a page edit at
// MDN's size), the status pages list every page and message, and the page
// being read depends on neither; so doku serve reloads the browser first
// and settles after. Until then a search may find the text before the
// edit. Settle does nothing when nothing is pending.
func (s *Session) Settle() (*Change, error) {
	ch := &Change{}
	if len(s.stale) == 0 || s.in == nil {
		return ch, nil
	}
	stale := maps.Clone(s.stale)
	clear(s.stale)
	if err := s.renderParts(func(n string) bool { return stale[n] }, ch); err != nil {
		return nil, err
	}
	return s.finish(ch), nil
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
	return out.names
}

// replace puts the files of out in place of those names listed before and
// returns out's names, all of them counted as rendered.
func (s *Session) replace(names []string, out *memory, ch *Change) []string {
	for _, name := range names {
		delete(s.files, name)
	}
	for _, name := range out.names {
		s.files[name] = out.files[name]
	}
	ch.Rendered = append(ch.Rendered, out.names...)
	return out.names
}
