// Package golden compares what a test produced with the want/ sections of
// a txtar archive, the shape of doku's fixture files: inputs first, then a
// section "want/<name>" per expected output. With update set it rewrites
// the archive's want/ sections from what the test produced instead, for a
// person to review in the diff.
package golden

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// Prefix starts the name of every expected-output section.
const Prefix = "want/"

// Check compares got, keyed by section name ("want/..."), with the want/
// sections of a, read from file. Every expected section must be produced,
// and nothing may be produced that is not expected.
func Check(t testing.TB, file string, a *txtar.Archive, got map[string][]byte, update bool) {
	t.Helper()
	if update {
		var kept []txtar.File
		for _, f := range a.Files {
			if !strings.HasPrefix(f.Name, Prefix) {
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
		if strings.HasPrefix(f.Name, Prefix) {
			want[f.Name] = f.Data
		}
	}
	if len(want) == 0 {
		t.Fatalf("%s: no %s sections; run the test with -update and review them", file, Prefix)
		return
	}
	for _, n := range slices.Sorted(maps.Keys(want)) {
		g, ok := got[n]
		if !ok {
			t.Errorf("%s: expected but not produced", n)
			continue
		}
		if diff := cmp.Diff(string(want[n]), string(g)); diff != "" {
			t.Errorf("%s differs (-want +got):\n%s", n, diff)
		}
	}
	for _, n := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[n]; !ok {
			t.Errorf("%s: produced but not expected", n)
		}
	}
}
