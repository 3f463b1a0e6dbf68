package pipeline

import (
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/search"
	"golang.org/x/sync/errgroup"
)

// A part is one set of files a site has besides its pages, rendered from
// the whole model: a home page, the root page, the status pages, the
// shared files, the hosting files, a search index. Build renders every
// part once; a Session renders again only the parts an edit affects, by
// name. Both take the list from siteParts, so they cannot drift apart.
type part struct {
	// name says what the part is and, for a Session, which edits make
	// it stale: "home de", "root", "status", "shared", "hosting",
	// "search de".
	name   string
	render func(m *load.Model, out render.Sink, dc *diag.Collector) (int, error)
	// settles marks the parts a Session renders after the browser has
	// reloaded the page being read (see Session.Settle); of those only
	// files whose bytes changed count as rendered.
	settles bool
	// afterPages marks the parts that read what the pages rendered (the
	// search indexes): a build renders them once every page is.
	afterPages bool
}

// searchWriter writes the search indexes of locales once every page is
// rendered: render.SearchIndexes, or cachedSearch.
type searchWriter interface {
	Write(locales []string, out render.Sink) ([]search.Stats, int, error)
}

// siteParts lists the parts of the site m, in the order a full render
// makes them. The search parts write the indexes through idx once every
// page is rendered; their statistics go to stats when it is not nil.
func siteParts(m *load.Model, idx searchWriter, stats *[]search.Stats) []part {
	var ps []part
	for _, l := range m.Site.Locales {
		ps = append(ps, part{"home " + l, func(m *load.Model, out render.Sink, dc *diag.Collector) (int, error) {
			return 1, render.Home(m, out, l, nil, dc)
		}, false, false})
	}
	ps = append(ps, part{"root", func(m *load.Model, out render.Sink, dc *diag.Collector) (int, error) {
		return 1, render.Root(m, out, m.Site.Locales, dc)
	}, false, false})
	if m.StatusPage {
		ps = append(ps, part{"status", render.Status, true, false})
	}
	ps = append(ps,
		part{"shared", func(m *load.Model, out render.Sink, _ *diag.Collector) (int, error) { return render.Shared(m, out) }, false, false},
		part{"hosting", render.Hosting, false, false})
	for _, l := range m.Site.Locales {
		ps = append(ps, part{"search " + l, func(_ *load.Model, out render.Sink, _ *diag.Collector) (int, error) {
			st, n, err := idx.Write([]string{l}, out)
			if stats != nil {
				*stats = append(*stats, st...)
			}
			return n, err
		}, true, true})
	}
	return ps
}

type counts struct {
	pages, files int
	search       []search.Stats
	rendered     []string
}

// renderAll renders every file of the site into out, reporting to dc:
// the pages, by pages given where they go (render.Pages, or through the
// render cache), and every part. The parts but the search indexes read
// only the model, so they render beside the pages, on cores a small site's
// few pages leave idle; the search indexes, written by write given the
// indexes the pages were added to, come after.
func renderAll(m *load.Model, out render.Sink, pages func(render.Target) error, write func(render.SearchIndexes) searchWriter, dc *diag.Collector) (counts, error) {
	idx := render.NewSearchIndexes(m.Site.Locales)
	t := render.Target{Model: m, Out: out, Diag: dc, Search: idx, Sidebars: render.NewSidebarCache()}
	n := counts{pages: len(m.Site.Pages), files: len(m.Site.Pages)}
	parts := siteParts(m, write(idx), &n.search)
	files := make([]int, len(parts))
	var beside errgroup.Group
	for i, p := range parts {
		if !p.afterPages {
			beside.Go(func() (err error) {
				files[i], err = p.render(m, out, dc)
				return err
			})
		}
	}
	err := pages(t)
	if berr := beside.Wait(); err == nil {
		err = berr
	}
	for i, p := range parts {
		if err == nil && p.afterPages {
			files[i], err = p.render(m, out, dc)
		}
		n.files += files[i]
	}
	return n, err
}
