package sitecheck

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// TestBrokenLinksFixture checks testdata/broken.txtar: each broken link
// and fragment is reported at its line with the expected hint, and the
// working ones (percent-encoded or raw Unicode fragments, row ids) pass.
func TestBrokenLinksFixture(t *testing.T) {
	a, err := txtar.ParseFile("testdata/broken.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys, want := fstest.MapFS{}, ""
	for _, f := range a.Files {
		if f.Name == "want" {
			want = string(f.Data)
			continue
		}
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	probs, err := Check(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, p := range probs {
		got.WriteString(p.String() + "\n\t" + p.Hint + "\n")
	}
	if diff := cmp.Diff(want, got.String()); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}
