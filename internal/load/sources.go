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
	next.origin, next.Reads = nil, nil
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
// version of its file given to WithSources, or a copy holding the body
// the load left out of it (content.Options.Lazy), read again now.
func (m *Model) Page(p *site.Page) (*site.Page, error) {
	src, ok := m.sources[p.Src.Path]
	if !ok {
		body, err := p.Src.ReadBody(m.Content)
		if err != nil || body == nil || p.Src.Body != nil {
			return p, err
		}
		c := *p.Src
		c.Body, src = body, &c
	}
	c := *p
	c.Src = src
	return &c, nil
}
