package render

import (
	"runtime"
	"strings"

	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/site"
	"golang.org/x/sync/errgroup"
)

// Pages renders pages on all cores, page p into to(p).
//
// A page and its translations render one after another on one core,
// sharing the highlighted code they have in common (see
// markdown.CodeCache).
func Pages(pages []*site.Page, to func(*site.Page) Target) error {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, same := range bySlug(pages) {
		g.Go(func() error {
			code := markdown.NewCodeCache()
			for _, p := range same {
				t := to(p)
				if err := Page(t, p, code); err != nil {
					return err
				}
				if t.Done != nil {
					t.Done()
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// bySlug groups pages by slug, ignoring case, in the order of each
// slug's first page.
func bySlug(pages []*site.Page) [][]*site.Page {
	var groups [][]*site.Page
	at := make(map[string]int, len(pages))
	for _, p := range pages {
		k := strings.ToLower(p.Slug)
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], p)
	}
	return groups
}
