package pipeline

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/doku-docs/doku/internal/output"
)

// stages records the stages a build runs.
type stages struct {
	mu    sync.Mutex
	names []string
}

func (s *stages) Stage(name string, _ int) {
	s.mu.Lock()
	s.names = append(s.names, name)
	s.mu.Unlock()
}

func (*stages) Page() {}

// loads counts the builds since the last call that loaded the site.
func (s *stages) loads() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, name := range s.names {
		if name == "load" {
			n++
		}
	}
	s.names = nil
	return n
}

// unchangedSite is cacheSite with its compat data given as -bcd from
// outside the content tree, building with a stage recorder.
func unchangedSite(t *testing.T) (Options, *stages) {
	t.Helper()
	opt := cacheSite(t)
	b, err := os.ReadFile(filepath.Join(opt.Root, "content/data/browser-compat.json"))
	if err != nil {
		t.Fatal(err)
	}
	opt.BCD = filepath.Join(opt.Root, "bcd.json")
	if err := os.WriteFile(opt.BCD, b, 0o644); err != nil {
		t.Fatal(err)
	}
	rec := &stages{}
	opt.Progress = rec
	return opt, rec
}

// outputState is what stat says of every name of an output, the folder
// included: a build that writes nothing leaves it as it was.
func outputState(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		m[p] = fi.ModTime().String() + " " + fi.Mode().String()
		if !d.IsDir() {
			m[p] += " " + string(rune(inode(t, p)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m["inode of the folder"] = string(rune(inode(t, out)))
	return m
}

// TestUnchangedDoesNothing checks that a rebuild with nothing changed
// loads and renders nothing, leaves every file of the output and the
// output itself as they were, and reports what the build before it did.
func TestUnchangedDoesNothing(t *testing.T) {
	opt, rec := unchangedSite(t)
	first, err := Build(opt)
	if err != nil {
		t.Fatal(err)
	}
	manifest, _ := os.ReadFile(output.ManifestFile(opt.Out))
	before := outputState(t, opt.Out)
	rec.loads()
	for range 2 {
		res, err := Build(opt)
		if err != nil {
			t.Fatal(err)
		}
		if rec.loads() != 0 || len(res.Rendered) != 0 || !res.Unchanged {
			t.Errorf("a rebuild with nothing changed loaded the site and rendered %d pages", len(res.Rendered))
		}
		if !bytes.Equal(diagText(res.Diagnostics, opt.Root), diagText(first.Diagnostics, opt.Root)) || len(first.Diagnostics) == 0 {
			t.Errorf("problems differ from the build's:\n%s\nwant\n%s", diagText(res.Diagnostics, opt.Root), diagText(first.Diagnostics, opt.Root))
		}
		if res.Pages != first.Pages || res.Files != first.Files || !slices.Equal(res.Search, first.Search) {
			t.Errorf("summary %d pages, %d files, %v; the build's %d, %d, %v", res.Pages, res.Files, res.Search, first.Pages, first.Files, first.Search)
		}
	}
	after := outputState(t, opt.Out)
	for p, s := range before {
		if after[p] != s {
			t.Errorf("%s: %s, was %s", p, after[p], s)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d names in the output, %d before", len(after), len(before))
	}
	if m, _ := os.ReadFile(output.ManifestFile(opt.Out)); !bytes.Equal(m, manifest) {
		t.Error("the manifest was written again")
	}
}

// TestUnchangedNotices changes each kind of input in turn, with edits of
// the same size made at once (in the clock tick of the last look), and
// checks that each rebuild does its work, giving a build's output and
// problems, and that a rebuild after it does nothing.
func TestUnchangedNotices(t *testing.T) {
	opt, rec := unchangedSite(t)
	root := opt.Root
	steps := []struct {
		name string
		edit func()
	}{
		{"page", func() { change(t, root, "content/en-us/test/c/index.md", "no translation.", "No translation.") }},
		{"catalog", func() { change(t, root, "locales/de.toml", `other = "(Englisch)"`, `other = "(englisch)"`) }},
		{"layout", func() { change(t, root, "layouts/page.html", "", "<!DOCTYPE html>\n") }},
		{"compat data", func() { change(t, root, "bcd.json", `"version_added": "9"`, `"version_added": "8"`) }},
		{"data file", func() {
			change(t, root, "data/webext-examples.json", "Lists the open tabs.", "Lists the open taps.")
		}},
		{"configuration", func() { change(t, root, "doku.toml", "", "\n") }},
		{"new page", func() {
			change(t, root, "content/en-us/test/f/index.md", "", "---\ntitle: F\nslug: Test/F\n---\n\nSix.\n")
		}},
		{"base URL", func() { opt.BaseURL = "https://example.org/docs/" }},
		{"precompress", func() { opt.Precompress = true }},
		{"check", func() { opt.Check = true }},
		{"strict", func() { opt.Strict = true }},
	}
	buildBoth(t, opt)
	for _, s := range steps {
		s.edit()
		rec.loads()
		res, err := Build(opt)
		if s.name == "strict" {
			// The site has warnings: strict fails, and fails again.
			if _, failed := err.(*ErrFailed); !failed || rec.loads() != 1 {
				t.Fatalf("strict: %v", err)
			}
			again, err := Build(opt)
			if _, failed := err.(*ErrFailed); !failed || rec.loads() != 1 || !bytes.Equal(diagText(again.Diagnostics, root), diagText(res.Diagnostics, root)) {
				t.Errorf("a strict rebuild after a failed one: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if rec.loads() != 1 {
			t.Errorf("after the %s edit the rebuild did nothing", s.name)
		}
		buildBoth(t, opt) // nothing changed since: the same output as a build from nothing
		if n := rec.loads(); n != 1 {
			t.Errorf("after the %s edit, a second rebuild loaded the site: %d loads for 2 builds", s.name, n)
		}
	}
}

// TestUnchangedRepairsOutput damages the output between builds (a file
// removed, one edited in place with its time set back, one added, one
// compressed copy removed) and checks that each rebuild notices and
// gives a build's output again.
func TestUnchangedRepairsOutput(t *testing.T) {
	opt, rec := unchangedSite(t)
	opt.Precompress = true
	out := func(rel string) string { return filepath.Join(opt.Out, filepath.FromSlash(rel)) }
	steps := []struct {
		name   string
		damage func() error
	}{
		{"file removed", func() error { return os.Remove(out("en-US/docs/Test/A/index.html")) }},
		{"same-size edit set back in time", func() error {
			p := out("en-US/docs/Test/B/index.html")
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			b[len(b)/2] ^= 1
			if err := os.WriteFile(p, b, 0o644); err != nil {
				return err
			}
			old := time.Now().Add(-time.Hour)
			return os.Chtimes(p, old, old)
		}},
		{"file added", func() error { return os.WriteFile(out("en-US/stray.html"), []byte("x"), 0o644) }},
		{"folder added", func() error { return os.Mkdir(out("en-US/stray"), 0o755) }},
		{"compressed copy removed", func() error { return os.Remove(out("en-US/docs/Test/C/index.html.gz")) }},
	}
	buildBoth(t, opt)
	for _, s := range steps {
		if err := s.damage(); err != nil {
			t.Fatal(s.name, err)
		}
		rec.loads()
		buildBoth(t, opt) // the rebuild, compared with a build from nothing
		if rec.loads() != 2 {
			t.Errorf("%s: the rebuild did not notice", s.name)
		}
	}
}
