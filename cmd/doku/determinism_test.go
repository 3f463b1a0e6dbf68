package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDeterministicOutput builds the fixture site three times, each
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
	writeFixtureSite(t, a)
	setTimes(t, a, time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC))
	writeFixtureSite(t, b)
	setTimes(t, b, time.Date(2025, 12, 31, 23, 59, 58, 0, time.Local))
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
