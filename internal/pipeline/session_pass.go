package pipeline

import (
	"context"

	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/site"
)

// Batch is a set of pages the pass over the pages renders to learn what
// only a rendering tells: their problems, the messages they look up, their
// search entries. It is rendered without the session (Render is safe to
// run while the session updates) and merged into it after.
type Batch struct {
	in       *load.Model
	sidebars *render.SidebarCache
	epoch    uint64
	pages    []*site.Page
	outs     []*pageOut
	// Before, if set, runs before each page is rendered (tests make the
	// pass slow with it).
	Before func()
}

// Pending counts the pages the pass has yet to check.
func (s *Session) Pending() int { return len(s.todo) }

// NextBatch returns up to n of the pages the pass has yet to check; nil
// when there are none.
func (s *Session) NextBatch(n int) *Batch {
	if len(s.todo) == 0 || s.in == nil {
		return nil
	}
	b := &Batch{in: s.in, sidebars: s.sidebars, epoch: s.epoch}
	for _, p := range s.todo {
		if len(b.pages) == n {
			break
		}
		b.pages = append(b.pages, p)
	}
	return b
}

// Render renders the batch's pages one after the other on the calling
// goroutine, so that the pass leaves the other cores to requests. It stops
// between two pages when ctx ends, returning ctx's error; what it rendered
// until then can still be merged.
func (b *Batch) Render(ctx context.Context) error {
	for _, p := range b.pages[len(b.outs):] {
		if err := ctx.Err(); err != nil {
			return err
		}
		if b.Before != nil {
			b.Before()
		}
		out, err := renderOne(b.in, b.sidebars, p, true)
		if err != nil {
			return err
		}
		out.files, out.names = nil, nil // the pass keeps no output
		b.outs = append(b.outs, out)
	}
	return nil
}

// Merge keeps what the batch's rendered pages told, unless the input
// changed since NextBatch made it: then its pages stay to be checked. It
// returns how many pages it took.
func (s *Session) Merge(b *Batch) int {
	if b.epoch != s.epoch {
		return 0
	}
	n := 0
	for i, out := range b.outs {
		p := b.pages[i]
		if s.todo[p.OutPath()] == p {
			s.record(p, out)
			n++
		}
	}
	return n
}

// Check runs the whole pass on the calling goroutine, then settles: for
// tests and tools that want every problem and the search indexes now.
func (s *Session) Check(ctx context.Context) (*Change, error) {
	for b := s.NextBatch(64); b != nil; b = s.NextBatch(64) {
		err := b.Render(ctx)
		s.Merge(b)
		if err != nil {
			return nil, err
		}
	}
	return s.Settle()
}
