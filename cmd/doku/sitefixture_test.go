package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// siteFixture is the small bilingual site the end-to-end tests build: the
// Gadget pages in English and German, with catalogs, a close-code table
// and browser-compat data. Tests that need a whole site but not this
// repository's use it, so editing the repository's pages or catalogs
// changes none of them.
const siteFixture = "testdata/site.txtar"

// fixtureSite writes the fixture site into a new folder and returns it.
func fixtureSite(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "root")
	writeFixtureSite(t, dir)
	return dir
}

// writeFixtureSite writes the fixture site's files into dir.
func writeFixtureSite(t testing.TB, dir string) {
	t.Helper()
	unpack(t, siteFixture, dir)
}

// unpack writes the files of a txtar archive below dir.
func unpack(t testing.TB, archive, dir string) {
	t.Helper()
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// setTimes gives every file and folder below dir the modification time
// mtime.
func setTimes(t testing.TB, dir string, mtime time.Time) {
	t.Helper()
	// Folders last: writing a file changes its folder's time.
	var dirs []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
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
