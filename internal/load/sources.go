package load

import (
	"maps"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/site"
)

// WithSources returns a model whose pages are rendered from the given new
// versions of their files, sharing everything else, the index included,
// with m. It is for edits that change a page's text but not its front
// matter (doku serve): nothing the index holds changes, and indexing the
// site again would cost more than rendering the page.
func (m *Model) WithSources(pages []*content.Page) *Model {
	next := *m
	next.sources = maps.Clone(m.sources)
	if next.sources == nil {
		next.sources = map[string]*content.Page{}
	}
	for _, p := range pages {
		next.sources[p.Path] = p
	}
	return &next
}

// Page returns p as it is rendered: p itself, or a copy holding the new
// version of its file given to WithSources.
func (m *Model) Page(p *site.Page) *site.Page {
	src, ok := m.sources[p.Src.Path]
	if !ok {
		return p
	}
	c := *p
	c.Src = src
	return &c
}
