package pipeline

import (
	"crypto/sha256"
	"fmt"

	"github.com/doku-docs/doku/internal/cache"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/output"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
	"golang.org/x/sync/errgroup"
)

// openCache opens the render cache of the output opt.Out, unless opt
// turns it off.
func openCache(opt Options, m *load.Model, dc *diag.Collector) *cache.Cache {
	if opt.NoCache {
		return nil
	}
	in := cache.Inputs{Theme: opt.Theme, Root: opt.Root,
		Options: fmt.Sprintf("content=%s bcd=%s data=%s base=%s", opt.Content, opt.BCD, opt.Data, opt.BaseURL)}
	return cache.Open(cache.Dir(opt.Out), m, in, dc)
}

// cachedPages renders the pages of m into sink as t describes, taking
// from the cache c the pages whose inputs did not change: their files
// are linked from the previous output (read from it when the sink needs
// the bytes: bundles), their search records indexed and their problems
// reported. The pages c cannot give are rendered, each recording what it
// reads, and put into c; it returns them.
func cachedPages(m *load.Model, c *cache.Cache, dir *output.Dir, needBytes bool, t render.Target) ([]*site.Page, error) {
	miss := make([]bool, len(m.Site.Pages))
	var g errgroup.Group
	g.SetLimit(8)
	for i, p := range m.Site.Pages {
		g.Go(func() error {
			e := c.Hit(p)
			rec, indexed := e.Record()
			ok, err := e != nil && (indexed || e.Search == nil), error(nil)
			if ok {
				ok, err = reuse(e, dir, t.Out, needBytes)
			}
			if err != nil || !ok {
				miss[i] = true
				return err
			}
			for _, d := range e.Diags {
				t.Diag.Report(d)
			}
			if indexed {
				t.Search.AddRecord(p.Locale, rec)
			}
			c.Keep(p.OutPath(), e)
			if t.Done != nil {
				t.Done()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	// Rendered in the order of the site, as without a cache.
	var misses []*site.Page
	for i, p := range m.Site.Pages {
		if miss[i] {
			misses = append(misses, p)
		}
	}
	return misses, renderRecorded(m, c, dir, misses, t)
}

// reuse puts the files of a cached page into the new output; false if
// one of them is not in the previous output as the cache says.
func reuse(e *cache.Entry, dir *output.Dir, sink render.Sink, needBytes bool) (bool, error) {
	if !needBytes {
		return linkAll(dir, e.Files), nil
	}
	for _, f := range e.Files {
		data, err := dir.Previous(f.Rel)
		if err != nil || sha256.Sum256(data) != f.Sum {
			return false, nil
		}
		if err := sink.Write(f.Rel, data); err != nil {
			return false, err
		}
	}
	return true, nil
}

// pageRecord is what the rendering of one page gave the cache.
type pageRecord struct {
	reads  *deps.Reads
	dc     diag.Collector
	files  []string
	search *search.Record
}

// fileNames is a sink that remembers the names of one page's files.
type fileNames struct {
	out render.Sink
	rec *pageRecord
}

func (f fileNames) Write(rel string, data []byte) error {
	f.rec.files = append(f.rec.files, rel)
	return f.out.Write(rel, data)
}

// renderRecorded renders pages as t describes, each from a view of m
// that records its reads, and puts each into c as soon as it is
// rendered, so that what it read is not held longer.
func renderRecorded(m *load.Model, c *cache.Cache, dir *output.Dir, pages []*site.Page, t render.Target) error {
	return render.Pages(pages, func(p *site.Page) render.Target {
		r := &pageRecord{reads: deps.New()}
		pt := t
		pt.Model, pt.Out, pt.Diag = m.Recording(r.reads), fileNames{t.Out, r}, &r.dc
		pt.Indexed = func(s search.Record) { r.search = &s }
		pt.Done = func() {
			r.done(p, c, dir, t.Diag)
			if t.Done != nil {
				t.Done()
			}
		}
		return pt
	})
}

// done reports the problems of page p, rendered, to dc and puts what
// its rendering gave into c: unless a file it wrote is not known to
// dir, which cannot then be linked from the output.
func (r *pageRecord) done(p *site.Page, c *cache.Cache, dir *output.Dir, dc *diag.Collector) {
	diags := r.dc.All()
	for _, d := range diags {
		dc.Report(d)
	}
	if files, ok := written(dir, r.files); ok {
		c.Put(p, r.reads, files, diags, r.search)
	}
}

// cachedSearch writes the search index of a locale as idx does, unless
// the cache c says the previous output has it, from the same records:
// then its files are linked.
type cachedSearch struct {
	idx render.SearchIndexes
	c   *cache.Cache
	dir *output.Dir
}

func (s cachedSearch) Write(locales []string, out render.Sink) ([]search.Stats, int, error) {
	var stats []search.Stats
	n := 0
	for _, l := range locales {
		ix, digest := s.c.Index(l)
		if ix != nil && linkAll(s.dir, ix.Files) {
			stats = append(stats, ix.Stats)
			n += len(ix.Files)
			s.c.PutIndex(l, ix)
			continue
		}
		rec := &pageRecord{}
		st, k, err := s.idx.Write([]string{l}, fileNames{out, rec})
		stats, n = append(stats, st...), n+k
		if err != nil {
			return stats, n, err
		}
		if files, ok := written(s.dir, rec.files); ok && len(st) == 1 {
			s.c.PutIndex(l, &cache.Index{Digest: digest, Files: files, Stats: st[0]})
		}
	}
	return stats, n, nil
}

// linkAll links files from the previous output into dir; false if one
// is not there as the cache says.
func linkAll(dir *output.Dir, files []cache.File) bool {
	for _, f := range files {
		if !dir.Link(f.Rel, f.Sum, f.Size) {
			return false
		}
	}
	return true
}

// written describes the files at rels that dir has written; false if it
// knows one not.
func written(dir *output.Dir, rels []string) ([]cache.File, bool) {
	files := make([]cache.File, 0, len(rels))
	for _, rel := range rels {
		sum, size, ok := dir.Written(rel)
		if !ok {
			return nil, false
		}
		files = append(files, cache.File{Rel: rel, Sum: sum, Size: size})
	}
	return files, true
}
