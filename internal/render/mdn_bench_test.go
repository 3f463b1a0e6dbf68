package render

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/site"
)

// BenchmarkMarkdownMDN renders the Markdown of about 200 pages of MDN's
// real tree (English and German, spread evenly over the tree; a page's
// translations after it with one code cache, as a build does): macros,
// links, highlighting and goldmark, no layout. The tree is read from
// $DOKU_MDN (default the checkout's .mdn, see "make mdn"); without it the
// benchmark is skipped.
func BenchmarkMarkdownMDN(b *testing.B) {
	dir := os.Getenv("DOKU_MDN")
	if dir == "" {
		dir = "../../.mdn"
	}
	if _, err := os.Stat(filepath.Join(dir, "files")); err != nil {
		b.Skip("no MDN tree in", dir)
	}
	dc := &diag.Collector{}
	in, err := load.Load(load.Options{Root: b.TempDir(), Content: filepath.Join(dir, "files"),
		BCD: filepath.Join(dir, "bcd", "data.json"), Data: filepath.Join(dir, "data"),
		Theme: doku.Theme, Catalogs: doku.Catalogs}, load.One(dc))
	if err != nil {
		b.Fatal(err)
	}
	groups := sampleGroups(bySlug(in.Site.Pages), 200)
	for _, g := range groups {
		for i, p := range g {
			if g[i], err = in.Page(p); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, g := range groups {
			code := markdown.NewCodeCache()
			for _, p := range g {
				dc := &diag.Collector{}
				env := macroEnv(in, p, in.L10n[p.Locale].ReportingTo(dc), rootPrefix(p.OutPath()))
				if _, err := in.Markdown.RenderWith(env, dc, false, code); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// sampleGroups picks groups spread evenly over all until they hold about
// n pages.
func sampleGroups(all [][]*site.Page, n int) [][]*site.Page {
	var out [][]*site.Page
	pages := 0
	for _, g := range all {
		pages += len(g)
	}
	step := max(1, pages/n)
	seen := 0
	for _, g := range all {
		// Take the group in which each step-th page falls.
		if (seen+len(g))/step > seen/step {
			out = append(out, g)
		}
		seen += len(g)
	}
	return out
}
