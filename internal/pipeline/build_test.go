package pipeline

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/golden"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want/ sections of testdata/*.txtar")

// extract writes the archive's files (all but want/) into a new folder.
func extract(t *testing.T, a *txtar.Archive) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range a.Files {
		if strings.HasPrefix(f.Name, "want/") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// diagText renders diagnostics with paths relative to root.
func diagText(ds []diag.Diagnostic, root string) []byte {
	var b bytes.Buffer
	for _, d := range ds {
		d.Pos.File = strings.TrimPrefix(filepath.ToSlash(d.Pos.File), filepath.ToSlash(root)+"/")
		b.WriteString(d.String() + "\n")
	}
	return b.Bytes()
}

// TestGolden builds each fixture site and compares every output file (the
// default theme's static files aside) and the diagnostics with want/.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			root := extract(t, a)
			out := filepath.Join(root, "site")
			res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme})
			if err != nil {
				t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, root))
			}
			got := map[string][]byte{"want/diagnostics": diagText(res.Diagnostics, root)}
			err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				rel := filepath.ToSlash(strings.TrimPrefix(p, out+string(filepath.Separator)))
				if strings.HasPrefix(rel, "static/") {
					return nil
				}
				data, err := os.ReadFile(p)
				got["want/"+rel] = data
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, file, a, got, *update)
		})
	}
}

// fixture extracts testdata/basic.txtar.
func fixture(t *testing.T) string {
	t.Helper()
	a, err := txtar.ParseFile("testdata/basic.txtar")
	if err != nil {
		t.Fatal(err)
	}
	return extract(t, a)
}

// snapshot maps each file below dir to its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		m[strings.TrimPrefix(p, dir)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRebuildReplacesOutput checks that a second build swaps in new output
// and removes files that no longer exist.
func TestRebuildReplacesOutput(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	if _, err := Build(Options{Root: root, Out: out, Theme: doku.Theme}); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(out, "stale.html")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root, Out: out, Theme: doku.Theme}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale file survived the rebuild: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "de", "docs", "Web", "API", "Thing", "index.html")); err != nil {
		t.Error(err)
	}
}

// TestConcurrentBuilds runs builds into one output at once: each removes
// the temporary folders of killed builds, so without the lock on the
// output one would remove the other's folder while it is being written.
func TestConcurrentBuilds(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	errs := make(chan error, 4)
	for range cap(errs) {
		go func() {
			_, err := Build(Options{Root: root, Out: out, Theme: doku.Theme})
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "de", "docs", "Web", "API", "Thing", "index.html")); err != nil {
		t.Error(err)
	}
	if left, _ := filepath.Glob(filepath.Join(root, ".site.tmp-*")); len(left) > 0 {
		t.Errorf("temporary folders left: %v", left)
	}
}

// TestLeftoversRemoved checks that a build removes what a killed build
// left beside the output (cmd/doku's TestKilledBuildKeepsOutput kills
// real builds).
func TestLeftoversRemoved(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	left := filepath.Join(root, ".site.tmp-123", "en-US")
	if err := os.MkdirAll(left, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root, Out: out, Theme: doku.Theme}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("leftover of a killed build still there: %v", err)
	}
}

// TestCheckOption: with Check, a link to a fragment no page has fails the
// build at its line in the output, and the previous output stays.
func TestCheckOption(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	if _, err := Build(Options{Root: root, Out: out, Theme: doku.Theme, Check: true}); err != nil {
		t.Fatalf("the fixture has no broken link, but: %v", err)
	}
	before := snapshot(t, out)
	page := filepath.Join(root, "content", "en-us", "web", "api", "thing", "index.md")
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	src = append(src, "\nSee [the size](/en-US/docs/Web/API/Thing/size#no-such-heading).\n"...)
	if err := os.WriteFile(page, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(Options{Root: root, Out: t.TempDir(), Theme: doku.Theme}); err != nil {
		t.Fatalf("without Check the fragment is not looked at, but: %v", err)
	}
	res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme, Check: true})
	var failed *ErrFailed
	if !errors.As(err, &failed) {
		t.Fatalf("build error = %v, want ErrFailed", err)
	}
	found := false
	for _, d := range res.Diagnostics {
		if d.Severity == diag.Error && d.Pos.File == filepath.ToSlash(out)+"/en-US/docs/Web/API/Thing/index.html" && d.Pos.Line > 0 &&
			strings.Contains(d.Message, `no element with id "no-such-heading"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no error for the broken fragment; got:\n%s", diagText(res.Diagnostics, root))
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("previous output changed:\n%s", diff)
	}
}
