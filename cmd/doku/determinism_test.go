package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// copyRepo copies this repository's site sources (everything but .git,
// build output and hidden files) into dir, giving every file and folder
// the modification time mtime.
func copyRepo(t *testing.T, dir string, mtime time.Time) {
	t.Helper()
	src := "../.."
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel != "." && (strings.HasPrefix(d.Name(), ".") || rel == "site") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	// Folders last: writing a file changes its folder's time.
	var dirs []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			dirs = append(dirs, p)
			return nil
		}
		if err == nil {
			err = os.Chtimes(p, mtime, mtime)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if err := os.Chtimes(d, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDeterministicOutput builds this repository's site three times, each
// by a real doku process, with every output doku has: on one core, on two,
// and from a copy whose files carry other modification times. Every output
// file (pages, zips, compressed copies, search index, sitemaps) must be
// byte-identical,
// so output never depends on worker order, map order or file times.
func TestDeterministicOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site three times")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	copyRepo(t, a, time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC))
	copyRepo(t, b, time.Date(2025, 12, 31, 23, 59, 58, 0, time.Local))
	builds := []struct{ name, root, procs string }{
		{"GOMAXPROCS=1", a, "1"},
		{"GOMAXPROCS=2", a, "2"},
		{"other file times, GOMAXPROCS=2", b, "2"},
	}
	var first map[string]string
	for i, bl := range builds {
		out := filepath.Join(dir, "out", string(rune('0'+i)))
		// bundle writes everything build writes, plus the zips; with a
		// base URL the sitemaps, with -precompress .gz and .br copies.
		cmd := dokuCmd("bundle", "-root", bl.root, "-out", out, "-base-url", "https://example.org/docs/", "-precompress")
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+bl.procs)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", bl.name, err, b)
		}
		got := hashTree(t, out)
		if i == 0 {
			first = got
			continue
		}
		if diff := cmp.Diff(first, got); diff != "" {
			t.Errorf("%s differs from %s (-first +this):\n%s", bl.name, builds[0].name, diff)
		}
	}
	// The comparison covers what it should: each kind of output is there.
	for _, suffix := range []string{".html", ".zip", ".gz", ".br", ".xml", ".js", ".css"} {
		found := false
		for name := range first {
			found = found || strings.HasSuffix(name, suffix)
		}
		if !found {
			t.Errorf("no %s file in the output", suffix)
		}
	}
}
