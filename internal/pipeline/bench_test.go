package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/gen"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"

	"golang.org/x/tools/txtar"
)

// benchTree generates a small MDN-like tree (internal/gen) and a site root
// with the catalogs of testdata/bench/catalogs.txtar, without strict
// checks.
func benchTree(b *testing.B, pages int) (root, tree string) {
	b.Helper()
	dir := b.TempDir()
	tree = filepath.Join(dir, "tree")
	if _, err := gen.Generate(tree, gen.Options{Pages: pages, DeShare: 0.9, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	root = filepath.Join(dir, "root")
	a, err := txtar.ParseFile("testdata/bench/catalogs.txtar")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range a.Files {
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return root, tree
}

// BenchmarkBuild builds a generated tree of 300 English and about 270
// German pages: every stage, every output. "make bench" does the same at
// MDN's size against goldmark alone and Hugo.
func BenchmarkBuild(b *testing.B) {
	root, tree := benchTree(b, 300)
	out := filepath.Join(b.TempDir(), "site")
	b.ReportAllocs()
	for b.Loop() {
		res, err := Build(Options{Root: root, Content: tree, Out: out, Theme: doku.Theme})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Pages), "pages/op")
	}
}

// discard is a sink that keeps nothing, so the benchmarks below measure
// rendering without the file system.
type discard struct{}

func (discard) Write(string, []byte) error { return nil }

// BenchmarkRenderPage renders pages of a generated tree one after another
// into nothing: macros, Markdown, compat tables, the layout and the search
// index, without writing.
func BenchmarkRenderPage(b *testing.B) {
	root, tree := benchTree(b, 300)
	dc := &diag.Collector{}
	opt := Options{Root: root, Content: tree, Out: filepath.Join(b.TempDir(), "site"), Theme: doku.Theme}.withDefaults()
	in, err := load.Load(opt.load(), load.One(dc))
	if err != nil {
		b.Fatal(err)
	}
	if dc.HasErrors() {
		b.Fatal(dc.All()[0])
	}
	pages := in.Site.Pages
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := render.Page(render.Target{Model: in, Out: discard{}, Diag: &diag.Collector{}}, pages[i%len(pages)], nil); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
