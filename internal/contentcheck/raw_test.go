package contentcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOriginalityRaw reads every file of the site's content and
// catalogs whole (RawWords: front matter, data files, URLs and macro
// names included) and fails on any run of N words that a seed document
// holds too. Generated data (the browser-compat subset) is not ours to
// word and is left out.
func TestOriginalityRaw(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(shared(), "seeds", "*"))
	if len(seeds) == 0 {
		t.Skipf("originality not checked: no seed documents in %s; set DOKU_SHARED", filepath.Join(shared(), "seeds"))
	}
	ix := Index{}
	for _, s := range seeds {
		src, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		ix.Add(filepath.Base(s), RawWords(string(src)))
	}
	root := filepath.Join("..", "..")
	checked := 0
	for _, dir := range []string{"content", "locales"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, ".json") {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			checked++
			rel, _ := filepath.Rel(root, p)
			for _, r := range ix.Shared(RawWords(string(src))) {
				t.Errorf("%s:%d: %q is also in seed %s: write it in your own words", filepath.ToSlash(rel), r.Line, r.Words, r.Source)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 15 {
		t.Fatalf("checked only %d files", checked)
	}
}
