package markdown_test

import (
	"bytes"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"doku/internal/apidata"
	"doku/internal/content"
	"doku/internal/diag"
	"doku/internal/i18n"
	"doku/internal/macro"
	"doku/internal/markdown"
	"doku/internal/site"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ sections of testdata/*.txtar")

// TestGoldenTrees renders every page of each fixture tree in
// testdata/*.txtar (MDN's layout: files/en-us/..., files/de/...) with the
// repository's catalogs, and compares the page bodies and the diagnostics
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
			if *update {
				var kept []txtar.File
				for _, f := range a.Files {
					if !strings.HasPrefix(f.Name, "want/") {
						kept = append(kept, f)
					}
				}
				for _, n := range slices.Sorted(maps.Keys(got)) {
					kept = append(kept, txtar.File{Name: n, Data: got[n]})
				}
				a.Files = kept
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string][]byte{}
			for _, f := range a.Files {
				if strings.HasPrefix(f.Name, "want/") {
					want[f.Name] = f.Data
				}
			}
			if len(want) == 0 {
				t.Fatal("no want/ sections; run with -update and review them")
			}
			for n, w := range want {
				g, ok := got[n]
				if !ok {
					t.Errorf("%s: expected but not rendered", n)
					continue
				}
				if diff := cmp.Diff(string(w), string(g)); diff != "" {
					t.Errorf("%s differs (-want +got):\n%s", n, diff)
				}
			}
			for n := range got {
				if _, ok := want[n]; !ok {
					t.Errorf("%s: rendered but not expected", n)
				}
			}
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
	r := markdown.New(macro.Builtins())
	got := map[string][]byte{}
	for _, p := range s.Pages {
		env := &macro.Env{Site: s, Page: p, L: cats.Localizer(p.Locale, &dc), API: api}
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

// loadTree indexes the archive's files/ tree and loads the repository's
// catalogs and the tree's API data.
func loadTree(t testing.TB, a *txtar.Archive, dc *diag.Collector) (*site.Site, *i18n.Catalogs, *apidata.Data) {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		if rest, ok := strings.CutPrefix(f.Name, "files/"); ok {
			fsys[rest] = &fstest.MapFile{Data: f.Data}
		}
	}
	tree, err := content.Load(fsys, content.Options{Name: "files"}, dc)
	if err != nil {
		t.Fatal(err)
	}
	s := site.New(tree, dc)
	return s, i18n.Load(os.DirFS("../.."), "locales", s.Locales, dc), apidata.Load(fsys, "files", dc)
}
