package pipeline

import (
	"bytes"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/site"
)

// full loads everything and renders the parts of the site that are not
// made from the pass over the pages; every page is left to the pass.
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
	s.outDiags, s.todo = map[string][]diag.Diagnostic{}, map[string]*site.Page{}
	s.pageLookups, s.lookups = map[string][]int32{}, map[i18n.Lookup]int32{}
	s.partFiles, s.partDiags, s.stale = map[string][]string{}, map[string][]diag.Diagnostic{}, map[string]bool{}
	s.files = map[string][]byte{}
	s.changed = stale{all: true}
	s.in = nil
	ch := &Change{Full: true}
	if in.Site == nil {
		ch.Errors = s.errors()
		return ch, nil
	}
	s.setModel(in)
	s.searchIdx = render.NewSearchIndexes(in.Site.Locales)
	s.pages, s.byPath = slices.Clone(in.Tree.Pages), map[string]*content.Page{}
	slices.SortFunc(s.pages, func(a, b *content.Page) int { return comparePaths(a.Path, b.Path) })
	for _, p := range s.pages {
		s.byPath[p.Path] = p
	}
	s.invalidate(in.Site.Pages, ch)
	for _, p := range siteParts(in, s.searchIdx, nil) {
		s.stale[p.name] = p.settles
	}
	if err := s.renderParts(func(n string) bool { return !s.stale[n] }, ch); err != nil {
		return nil, err
	}
	return s.finish(ch), nil
}

// setModel makes in the current input. Pages rendered from the model
// before are not given to the cache.
func (s *Session) setModel(in *load.Model) {
	s.in, s.sidebars = in, render.NewSidebarCache()
	s.epoch++
	clear(s.fresh)
}

// pagePath returns the content path of the page file a diagnostic names.
func (s *Session) pagePath(file string) (string, bool) {
	p, ok := strings.CutPrefix(file, filepath.ToSlash(s.opt.Content)+"/")
	return p, ok && content.IsPageFile(path.Base(p))
}

// finish counts the errors and, when there are none, publishes a view of
// the current input.
func (s *Session) finish(ch *Change) *Change {
	slices.Sort(ch.Rendered)
	ch.Rendered = slices.Compact(ch.Rendered)
	ch.Errors = s.errors()
	if ch.Errors == 0 {
		v := &View{in: s.in, sidebars: s.sidebars, parts: maps.Clone(s.files), cache: s.cache}
		v.gen = s.cache.advance(&s.changed)
		s.changed = stale{}
		for key, out := range s.fresh {
			s.cache.put(key, v.gen, out) // the browser asks for them next
		}
		for _, l := range s.in.Site.Locales {
			if _, made := s.partFiles["search "+l]; !made {
				v.pending = append(v.pending, l+"/search/")
			}
			if _, made := s.partFiles["status"]; s.in.StatusPage && !made {
				v.pending = append(v.pending, path.Dir(render.StatusPath(l))+"/")
			}
		}
		s.good = v
	}
	clear(s.fresh)
	return ch
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

// render renders pages now, one after the other, and keeps what each
// tells: for the few pages an edit changed, whose problems decide whether
// the input is good.
func (s *Session) render(pages []*site.Page, ch *Change) error {
	for _, p := range pages {
		out, err := renderOne(s.in, s.sidebars, p, true)
		if err != nil {
			return err
		}
		s.record(p, out)
		s.changed.key(p.OutPath())
		s.fresh[p.OutPath()] = out
		ch.Rendered = append(ch.Rendered, out.names...)
	}
	return nil
}

// record keeps what the rendering of page p told: its problems, the
// messages it looked up, its search entry; its locale's search index is
// stale.
func (s *Session) record(p *site.Page, out *pageOut) {
	key := p.OutPath()
	s.outDiags[key] = out.diags
	s.pageLookups[key] = s.intern(out.lookups)
	if out.record != nil {
		s.searchIdx.AddRecord(p.Locale, *out.record)
	}
	s.stale["search "+p.Locale] = true
	delete(s.todo, key)
}

// invalidate marks pages changed: the views render them again when asked,
// the pass checks them again. Their problems are unknown until then: the
// old ones may be what the edit fixed, and an error would keep the new
// input from being served for as long as the pass takes.
func (s *Session) invalidate(pages []*site.Page, ch *Change) {
	for _, p := range pages {
		key := p.OutPath()
		s.todo[key] = p
		delete(s.outDiags, key)
		s.changed.key(key)
		ch.Rendered = append(ch.Rendered, key)
	}
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

// Settle renders what Update put off: the translation status pages, and
// the search index of every locale whose pages changed once the pass has
// checked every page (it gathers their text). Writing an index
// serializes the whole locale's index, the status pages list every page
// and message, and the page being read depends on neither; so doku serve
// reloads the browser first and settles after. Until then a search may
// find the text before the edit. Settle does nothing when nothing is
// ready.
func (s *Session) Settle() (*Change, error) {
	ch := &Change{}
	if s.in == nil {
		return ch, nil
	}
	ready := map[string]bool{}
	for n, stale := range s.stale {
		if stale && (!strings.HasPrefix(n, "search ") || len(s.todo) == 0) {
			ready[n] = true
		}
	}
	if len(ready) == 0 {
		return ch, nil
	}
	if err := s.renderParts(func(n string) bool { return ready[n] }, ch); err != nil {
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
