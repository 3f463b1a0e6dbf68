package defects

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// TestFixtures checks each testdata/*.txtar: the built pages under site/
// (sources under content/) have exactly the findings its want file lists,
// one "page kind detail" a line. Each fixture holds a page with its
// defect and a near miss without it, so every detector can fail both ways.
func TestFixtures(t *testing.T) {
	names, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			site, tree, want := fstest.MapFS{}, fstest.MapFS{}, ""
			for _, f := range a.Files {
				switch {
				case f.Name == "want":
					want = string(f.Data)
				case strings.HasPrefix(f.Name, "site/"):
					site[strings.TrimPrefix(f.Name, "site/")] = &fstest.MapFile{Data: f.Data}
				case strings.HasPrefix(f.Name, "content/"):
					tree[strings.TrimPrefix(f.Name, "content/")] = &fstest.MapFile{Data: f.Data}
				}
			}
			opt := Options{Content: tree, Workers: 2, Compat: func(key string) bool { return strings.HasSuffix(key, ".specified") }}
			pages, results, err := checkAll(site, opt)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, p := range pages {
				for _, f := range results[i] {
					got = append(got, strings.TrimSpace(fmt.Sprintf("%s %s %s", p, f.Kind, f.Detail)))
				}
			}
			slices.Sort(got)
			var wantLines []string
			for _, l := range strings.Split(strings.TrimSpace(want), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					wantLines = append(wantLines, l)
				}
			}
			slices.Sort(wantLines)
			if diff := cmp.Diff(wantLines, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
