package markdown_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/golden"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/markdown"
	"github.com/doku-docs/doku/internal/mdn"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/site"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ sections of testdata/*.txtar")

// TestGoldenTrees renders every page of each fixture tree in
// testdata/*.txtar (MDN's layout: files/en-us/..., files/de/...) with the
// archive's own catalogs, and compares the page bodies and the diagnostics
// with the archive's want/ sections. Run with -update to rewrite them.
func TestGoldenTrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixture trees")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := renderTree(t, a)
			golden.Check(t, file, a, got, *update)
		})
	}
}

// renderTree loads the archive's files/ tree and renders each page. The
// result maps "want/<locale>/<Slug>.html" to the page body and
// "want/diagnostics" to every diagnostic, one per line.
func renderTree(t testing.TB, a *txtar.Archive) map[string][]byte {
	t.Helper()
	var dc diag.Collector
	s, cats, api := loadTree(t, a, &dc)
	r := markdown.New(mdn.Registry())
	got := map[string][]byte{}
	// A data folder's WebAssembly-text compiler, when the archive has one.
	var data *refdata.Data
	for _, f := range a.Files {
		if f.Name == "data/"+refdata.WATCompilerFile {
			data = &refdata.Data{WATCompiler: f.Data}
		}
	}
	for _, p := range s.Pages {
		env := &macro.Env{Site: s, Page: p, L: cats.Localizer(p.Locale, &dc), API: api, Asset: testAsset, Data: data}
		res, err := r.Render(env, &dc, false)
		if err != nil {
			t.Fatalf("%s: %v", p.Src.File, err)
		}
		got["want/"+p.Locale+"/"+p.Slug+".html"] = res.HTML
		for _, f := range res.Files {
			got["want/"+p.Locale+"/"+p.Slug+"/"+f.Name] = f.Data
		}
	}
	var b bytes.Buffer
	for _, d := range dc.All() {
		b.WriteString(d.String() + "\n")
	}
	got["want/diagnostics"] = b.Bytes()
	return got
}

// loadTree indexes the archive's files/ tree and loads the archive's
// catalogs (locales/en-US.toml, locales/de.toml: the messages its pages
// use) and the tree's API data.
func loadTree(t testing.TB, a *txtar.Archive, dc *diag.Collector) (*site.Site, *i18n.Catalogs, *apidata.Data) {
	t.Helper()
	fsys, cats := fstest.MapFS{}, fstest.MapFS{}
	for _, f := range a.Files {
		if rest, ok := strings.CutPrefix(f.Name, "files/"); ok {
			fsys[rest] = &fstest.MapFile{Data: f.Data}
		}
		if strings.HasPrefix(f.Name, "locales/") {
			cats[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	tree, err := content.Load(fsys, content.Options{Name: "files"}, dc)
	if err != nil {
		t.Fatal(err)
	}
	s := site.New(tree, dc)
	return s, i18n.Load(cats, "locales", s.Locales, dc), apidata.Load(fsys, "files", dc)
}

// testAsset stands for the theme's static files, which these trees lack.
func testAsset(name string) (string, error) { return "../static/" + name, nil }
