package gen_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/gen"
	"github.com/doku-docs/doku/internal/pipeline"

	"golang.org/x/tools/txtar"
)

var small = gen.Options{Pages: 300, DeShare: 0.8, Seed: 7}

func generate(t *testing.T, opt gen.Options) (string, gen.Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tree")
	st, err := gen.Generate(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// readTree returns every file of dir by its relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	a, _ := generate(t, small)
	b, _ := generate(t, small)
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("%d files, then %d", len(fa), len(fb))
	}
	for p, x := range fa {
		if !bytes.Equal(x, fb[p]) {
			t.Errorf("%s differs between two runs with the same seed", p)
		}
	}
	other := small
	other.Seed++
	c, _ := generate(t, other)
	if len(readTree(t, c)) == len(fa) && bytes.Equal(readTree(t, c)[gen.BCDFile], fa[gen.BCDFile]) {
		t.Error("another seed gave the same tree")
	}
}

func TestShape(t *testing.T) {
	dir, st := generate(t, small)
	if st.Pages["en-US"] != small.Pages {
		t.Errorf("en-US pages = %d, want %d", st.Pages["en-US"], small.Pages)
	}
	if de := st.Pages["de"]; de >= small.Pages || de < small.Pages/2 {
		t.Errorf("de pages = %d, want fewer than en-US but most of them", de)
	}
	dc := &diag.Collector{}
	tree, err := content.Load(os.DirFS(dir), content.Options{Strict: true}, dc)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dc.All() {
		t.Errorf("loading: %v", d)
	}
	if len(tree.Pages) != st.Pages["en-US"]+st.Pages["de"] {
		t.Errorf("loaded %d pages, stats say %d + %d", len(tree.Pages), st.Pages["en-US"], st.Pages["de"])
	}
	var data map[string]any
	b, err := os.ReadFile(filepath.Join(dir, gen.BCDFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &data); err != nil {
		t.Fatal(err)
	}
	umlauts := 0
	for _, p := range tree.Pages {
		if p.Locale == "de" {
			if p.Meta.L10n.SourceCommit == "" {
				t.Errorf("%s: German page without l10n.sourceCommit", p.File)
			}
			umlauts += strings.Count(string(p.Body), "ü")
			continue
		}
		for _, key := range p.Meta.BrowserCompat {
			node := data
			for _, part := range strings.Split(key, ".") {
				node, _ = node[part].(map[string]any)
			}
			if node["__compat"] == nil {
				t.Errorf("%s: browser-compat key %s has no data", p.File, key)
			}
		}
	}
	if umlauts == 0 {
		t.Error("German pages have no umlauts")
	}
	perPage := float64(st.MacroCalls()) / float64(st.Pages["en-US"]+st.Pages["de"])
	if perPage < 6 || perPage > 13 {
		t.Errorf("%.1f macro calls per page, want about 9 as on MDN", perPage)
	}
	kb := float64(st.Bytes) / float64(st.Pages["en-US"]+st.Pages["de"]) / 1e3
	if kb < 3 || kb > 6.5 {
		t.Errorf("%.1f KB per page, want about 4.5 as on MDN", kb)
	}
	if st.BrokenLinks == 0 || st.BrokenLinks > st.Links/10 {
		t.Errorf("%d of %d links broken, want a few", st.BrokenLinks, st.Links)
	}
}

// TestBuilds checks that doku builds a generated tree with flaws but no
// errors, when not strict, with the catalogs of testdata/catalogs.txtar.
func TestBuilds(t *testing.T) {
	dir, st := generate(t, small)
	root := t.TempDir()
	cats, err := txtar.ParseFile("testdata/catalogs.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "locales"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range cats.Files {
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(f.Name)), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := pipeline.Build(pipeline.Options{Root: root, Content: dir, Out: filepath.Join(root, "site"), Theme: doku.Theme})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if want := st.Pages["en-US"] + st.Pages["de"]; res.Pages != want {
		t.Errorf("built %d pages, want %d", res.Pages, want)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == diag.Error {
			t.Errorf("%v", d)
		}
	}
}

func TestGenerateRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := gen.Generate(dir, small); err == nil {
		t.Fatal("Generate emptied a folder that held no generated tree")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Fatal(err)
	}
}

func TestCurrent(t *testing.T) {
	dir, _ := generate(t, small)
	if !gen.Current(dir, small) {
		t.Error("a tree just generated is not current")
	}
	other := small
	other.Pages++
	if gen.Current(dir, other) {
		t.Error("a tree is current for other options")
	}
}
