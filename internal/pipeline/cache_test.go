package pipeline

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/cache"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/output"
	"golang.org/x/tools/txtar"
)

// cacheSite extracts testdata/cache/edits.txtar and returns the options
// that build it into site/, with its data folder.
func cacheSite(t *testing.T) Options {
	t.Helper()
	a, err := txtar.ParseFile("testdata/cache/edits.txtar")
	if err != nil {
		t.Fatal(err)
	}
	root := extract(t, a)
	return Options{Root: root, Out: filepath.Join(root, "site"), Theme: doku.Theme, Catalogs: doku.Catalogs,
		Data: filepath.Join(root, "data")}
}

// change rewrites the file rel below root by replacing old with new.
func change(t *testing.T, root, rel, old, new string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if old != "" && !strings.Contains(string(b), old) {
		t.Fatalf("%s does not hold %q", rel, old)
	}
	s := string(b) + new
	if old != "" {
		s = strings.Replace(string(b), old, new, 1)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// buildBoth builds opt with its cache and, into cold/ beside it, without
// one, checks that both give the same files and problems, and returns
// the pages the cached build rendered.
func buildBoth(t *testing.T, opt Options) []string {
	t.Helper()
	res, err := Build(opt)
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, opt.Root))
	}
	cold := opt
	cold.Out, cold.NoCache = filepath.Join(opt.Root, "cold"), true
	coldRes, err := Build(cold)
	if err != nil {
		t.Fatal(err)
	}
	got, want := snapshot(t, opt.Out), snapshot(t, cold.Out)
	for name := range mergeKeys(got, want) {
		if got[name] != want[name] {
			t.Errorf("%s differs from a build without the cache", name)
		}
	}
	if g, w := string(diagText(res.Diagnostics, opt.Root)), string(diagText(coldRes.Diagnostics, opt.Root)); g != w {
		t.Errorf("problems differ from a build without the cache:\n%s\nwant\n%s", g, w)
	}
	return res.Rendered
}

func mergeKeys(a, b map[string]string) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// TestCacheRendersWhatChanged edits, one after another, a page's text
// (which another page shows as a summary), a title another page links to, a catalog message, a compat feature, a
// data file and a layout, and checks that each rebuild renders exactly
// the pages that read what changed, and that its output and problems are
// those of a build without the cache.
func TestCacheRendersWhatChanged(t *testing.T) {
	opt := cacheSite(t)
	root := opt.Root
	all := buildBoth(t, opt)
	if len(all) != 9 {
		t.Fatalf("the first build rendered %d pages, want all 9: %q", len(all), all)
	}
	steps := []struct {
		name string
		edit func()
		want []string
	}{
		{"nothing", func() {}, nil},
		{"page text", func() {
			change(t, root, "content/en-us/test/c/index.md", "no translation.", "no translation, still.")
		}, []string{"en-US/docs/Test/C/index.html", "en-US/docs/Test/index.html"}},
		{"title linked to", func() {
			change(t, root, "content/en-us/test/b/index.md", "title: Beta", "title: Beta, renamed")
		}, []string{"de/docs/Test/B/index.html", "en-US/docs/Test/A/index.html", "en-US/docs/Test/B/index.html", "en-US/docs/Test/index.html"}},
		{"catalog message", func() {
			change(t, root, "locales/de.toml", `other = "(Englisch)"`, `other = "(nur Englisch)"`)
		}, []string{"de/docs/Test/A/index.html"}},
		{"compat feature", func() {
			change(t, root, "content/data/browser-compat.json", `"version_added": "9"`, `"version_added": "10"`)
		}, []string{"en-US/docs/Test/E/index.html"}},
		{"data file", func() {
			change(t, root, "data/webext-examples.json", "Lists the open tabs.", "Lists every open tab.")
		}, []string{"en-US/docs/Mozilla/Add-ons/WebExtensions/API/tabs/index.html"}},
		{"layout", func() {
			b, err := fs.ReadFile(doku.Theme, "layouts/page.html")
			if err != nil {
				t.Fatal(err)
			}
			change(t, root, "layouts/page.html", "", string(b)+"\n<!-- the site's own -->\n")
		}, all},
	}
	for _, s := range steps {
		s.edit()
		got := buildBoth(t, opt)
		slices.Sort(got)
		want := slices.Sorted(slices.Values(s.want))
		if !slices.Equal(got, want) {
			t.Errorf("after the %s edit the build rendered\n%q\nwant\n%q", s.name, got, want)
		}
	}
}

// TestDamagedCache checks that a cache cut short or changed is not
// trusted: the build warns, renders every page, and writes a new cache
// that the next build uses.
func TestDamagedCache(t *testing.T) {
	for _, damage := range []func([]byte) []byte{
		func(b []byte) []byte { return b[:len(b)/2] },
		func(b []byte) []byte { b[len(b)-10] ^= 1; return b },
		func([]byte) []byte { return []byte("not a cache") },
	} {
		opt := cacheSite(t)
		buildBoth(t, opt)
		file := filepath.Join(cache.Dir(opt.Out), "pages")
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, damage(b), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Build(opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rendered) != 9 {
			t.Errorf("with a damaged cache the build rendered %d pages, want all 9", len(res.Rendered))
		}
		if !slices.ContainsFunc(res.Diagnostics, func(d diag.Diagnostic) bool { return d.Kind == diag.Cache }) {
			t.Errorf("no warning about the damaged cache:\n%s", diagText(res.Diagnostics, opt.Root))
		}
		if res, err = Build(opt); err != nil || len(res.Rendered) != 0 {
			t.Errorf("the cache written after the damaged one was not used: %d pages rendered, %v", len(res.Rendered), err)
		}
	}
}

// TestNoCache checks that a build without the cache (doku build without
// -cache) neither reads nor writes it.
func TestNoCache(t *testing.T) {
	opt := cacheSite(t)
	opt.NoCache = true
	res, err := Build(opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cache.Dir(opt.Out)); !os.IsNotExist(err) {
		t.Errorf("a build without the cache made %s: %v", cache.Dir(opt.Out), err)
	}
	opt.NoCache = false
	buildBoth(t, opt)
	opt.NoCache = true
	if res, err = Build(opt); err != nil || len(res.Rendered) != 9 {
		t.Errorf("a build without the cache rendered %d pages, want all 9 (%v)", len(res.Rendered), err)
	}
}

// TestCacheWritesNothingUnchanged checks that a rebuild with nothing
// changed keeps every file of the output (each is a link to the
// previous output's file, not a new file), search indexes included.
func TestCacheWritesNothingUnchanged(t *testing.T) {
	opt := cacheSite(t)
	buildBoth(t, opt)
	inodes := func() map[string]uint64 {
		m := map[string]uint64{}
		err := filepath.WalkDir(opt.Out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				m[p] = inode(t, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	before := inodes()
	// The output trusts only files older than its manifest (see
	// output/reuse.go); a small site's last files share the manifest's
	// clock tick.
	later := time.Now().Add(time.Second)
	if err := os.Chtimes(output.ManifestFile(opt.Out), later, later); err != nil {
		t.Fatal(err)
	}
	res, err := Build(opt)
	if err != nil || len(res.Rendered) != 0 {
		t.Fatalf("the rebuild rendered %d pages (%v), want none", len(res.Rendered), err)
	}
	after := inodes()
	for p, ino := range before {
		if after[p] != ino {
			t.Errorf("%s was written again", p)
		}
	}
	if len(after) != len(before) {
		t.Errorf("the rebuild has %d files, the build before %d", len(after), len(before))
	}
}
