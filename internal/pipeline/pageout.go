package pipeline

import (
	"bytes"
	"sync"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
)

// pageOut is one page rendered on its own: the files it wrote (the page
// and those it writes beside itself: live samples, example frames), its
// problems, the messages it looked up and what it added to the search
// index.
type pageOut struct {
	files   map[string][]byte
	names   []string
	diags   []diag.Diagnostic
	lookups map[i18n.Lookup]bool
	record  *search.Record
	bytes   int
}

// memory is a sink that keeps the files.
type memory struct {
	mu    sync.Mutex
	files map[string][]byte
	names []string
}

func (m *memory) Write(rel string, data []byte) error {
	m.mu.Lock()
	m.files[rel] = bytes.Clone(data) // see render.Sink
	m.names = append(m.names, rel)
	m.mu.Unlock()
	return nil
}

// renderOne renders page p of the model in on the calling goroutine.
// sidebars are the sidebars built so far for in (nil: none kept). A page
// renders in milliseconds from a model that is never changed, so any
// number of goroutines may call it at once with the same model. With
// index set it also takes the page's search record.
func renderOne(in *load.Model, sidebars *render.SidebarCache, p *site.Page, index bool) (*pageOut, error) {
	reads := deps.New()
	out := &memory{files: map[string][]byte{}}
	dc := &diag.Collector{}
	res := &pageOut{}
	t := render.Target{Model: in.Recording(reads), Out: out, Diag: dc, Sidebars: sidebars}
	if index {
		t.Search, t.Indexed = render.NewSearchIndexes([]string{p.Locale}), func(r search.Record) { res.record = &r }
	}
	if err := render.Page(t, p, markdown.NewCodeCache()); err != nil {
		return nil, err
	}
	res.files, res.names, res.diags = out.files, out.names, dc.All()
	// Messages looked up by a shared part the page shows (a sidebar
	// built once for many pages) are recorded in that part's record.
	res.lookups = reads.Lookups
	_, groups := reads.All()
	for _, g := range groups {
		for u := range g.Lookups {
			res.lookups[u] = true
		}
	}
	for name, data := range res.files {
		res.bytes += len(name) + len(data)
	}
	return res, nil
}
