package bench

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/doku-docs/doku/internal/cache"
)

// measureBuilds runs every build opt.Runs times. The builds of one run
// follow each other, rather than all runs of one build, so that a slow
// spell of a shared machine slows every row alike.
func measureBuilds(opt Options, dirs layout, s setup) (*results, error) {
	res := &results{
		floor:    &row{label: "(a) goldmark floor"},
		cold:     &row{label: "(b) doku build, from nothing"},
		fill:     &row{label: "    doku build -cache, from nothing"},
		again:    &row{label: "    doku rebuild, no change"},
		page:     &row{label: "    doku rebuild, 1 page changed"},
		catalog:  &row{label: "    doku rebuild, 1 message changed"},
		hugo:     &row{label: "(c) hugo, from nothing"},
		hugoPage: &row{label: "    hugo, 1 page changed"},
	}
	for i := range opt.Runs {
		m := measurer{logs: dirs.logs, run: i + 1}
		m.add(res.floor, "floor", opt.Self, "floor", "-content", dirs.work)
		// The first two builds start from nothing: without the render
		// cache, as a fresh clone builds, and with it, filling it; the
		// rebuilds find the output and the cache of the one before.
		cached := append(slices.Clip(s.dokuArgs), "-cache")
		fresh := func() {
			m.do(func() error { return os.RemoveAll(dirs.site) })
			m.do(func() error { return os.RemoveAll(cache.Dir(dirs.site)) })
		}
		fresh()
		m.add(res.cold, "doku", opt.Doku, s.dokuArgs...)
		fresh()
		m.add(res.fill, "doku-fill", opt.Doku, cached...)
		m.add(res.again, "doku-again", opt.Doku, cached...)
		m.edited(filepath.Join(dirs.tree, s.page), filepath.Join(dirs.work, s.page), addParagraph, func() {
			m.add(res.page, "doku-page", opt.Doku, cached...)
		})
		cat := filepath.Join(dirs.root, "locales", "de.toml")
		m.edited(filepath.Join(opt.Repo, "locales", "de.toml"), cat, changeMessage, func() {
			m.add(res.catalog, "doku-catalog", opt.Doku, cached...)
		})
		if opt.Hugo != "" {
			hugoArgs := []string{"--quiet", "-s", dirs.hugoDir, "-d", dirs.hugoOut}
			m.do(func() error { return os.RemoveAll(dirs.hugoOut) })
			m.add(res.hugo, "hugo", opt.Hugo, hugoArgs...)
			m.do(func() error { return hugoComplete(dirs.hugoOut, s.pages, opt.Out) })
			bundle := filepath.Join(dirs.hugoDir, "content", filepath.Dir(s.page), "_index.md")
			m.edited(filepath.Join(dirs.tree, s.page), bundle, addParagraph, func() {
				m.add(res.hugoPage, "hugo-page", opt.Hugo, hugoArgs...)
			})
		}
		if m.err != nil {
			return nil, m.err
		}
	}
	return res, nil
}

// measurer runs the steps of one run until the first error.
type measurer struct {
	logs string
	run  int
	err  error
}

func (m *measurer) do(f func() error) {
	if m.err == nil {
		m.err = f()
	}
}

// add measures one build into r, its stderr logged in <name>-<run>.log.
func (m *measurer) add(r *row, name, bin string, args ...string) {
	m.do(func() error {
		x, err := Measure(filepath.Join(m.logs, fmt.Sprintf("%s-%d.log", name, m.run)), bin, args...)
		r.runs = append(r.runs, x)
		return err
	})
}

// edited runs f with the file at path changed by change, then puts the
// original back.
func (m *measurer) edited(original, path string, change func([]byte) ([]byte, error), f func()) {
	m.do(func() error { return edit(path, change) })
	if m.err != nil {
		return
	}
	f()
	if err := restore(original, path); m.err == nil {
		m.err = err
	}
}

// hugoComplete warns when Hugo wrote fewer pages than the tree has: its
// time would then flatter it.
func hugoComplete(out string, pages int, w io.Writer) error {
	n, err := hugoBuilt(out)
	if err == nil && n < pages {
		fmt.Fprintf(w, "warning: hugo wrote %d pages of %d; its figure is too kind\n", n, pages)
	}
	return err
}
