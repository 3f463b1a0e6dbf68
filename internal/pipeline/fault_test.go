package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/output"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var errDiskFull = errors.New("no space left on device (injected)")

// failAt fails the first step named step whose file matches (a suffix of
// the path; "" matches any), and any other step named in also.
func failAt(step, file string, also ...string) output.Fault {
	return func(s, rel string) error {
		if s == step && strings.HasSuffix(rel, file) {
			return fmt.Errorf("%s %s: %w", s, rel, errDiskFull)
		}
		for _, a := range also {
			if s == a {
				return fmt.Errorf("%s: %w", s, errDiskFull)
			}
		}
		return nil
	}
}

// TestFailedWriteKeepsPreviousOutput fails each step of writing the output
// in turn, after an edit: the build must report the error and leave the
// previous output byte for byte, with nothing of its own left beside it.
func TestFailedWriteKeepsPreviousOutput(t *testing.T) {
	cases := []struct {
		name  string
		fault output.Fault
	}{
		{"a page", failAt("write", "en-US/docs/Web/API/Thing/index.html")},
		{"a static file", failAt("write", ".css")},
		{"the sitemap", failAt("write", "sitemap.xml")},
		{"robots.txt", failAt("write", "robots.txt")},
		{"a search index file", failAt("write", ".js")},
		{"a home page linking to the bundles", failAt("write", "de/index.html")},
		{"an offline bundle", failAt("create", "doku-de.zip")},
		{"moving the previous output aside", failAt("exchange", "", "aside")},
		{"moving the new output in", failAt("exchange", "", "swap")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := txtar.ParseFile("testdata/offline/site.txtar")
			if err != nil {
				t.Fatal(err)
			}
			root := extract(t, a)
			out := filepath.Join(t.TempDir(), "site")
			opt := Options{Root: root, Out: out, Theme: doku.Theme, Bundle: true, BaseURL: "https://example.org/docs/"}
			if res, err := Build(opt); err != nil {
				t.Fatal(err, res.Diagnostics)
			}
			before := snapshot(t, out)
			replaceIn(t, root, "content/en-us/web/api/thing/index.md", "See [the guide]", "See [the new guide]")
			opt.fault = c.fault
			_, err = Build(opt)
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("Build = %v, want the injected error", err)
			}
			if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
				t.Errorf("the previous output changed (-before +after):\n%s", diff)
			}
			left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".site.tmp-*"))
			if len(left) > 0 {
				t.Errorf("left beside the output: %v", left)
			}
			opt.fault = nil
			if _, err := Build(opt); err != nil {
				t.Fatalf("the next build: %v", err)
			}
			if !strings.Contains(snapshot(t, out)["/en-US/docs/Web/API/Thing/index.html"], "the new guide") {
				t.Error("the next build did not put the edit in place")
			}
		})
	}
}

// TestExchangeFallback: where the two folders cannot be exchanged in one
// step, two renames put the new output in place.
func TestExchangeFallback(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(t.TempDir(), "site")
	opt := Options{Root: root, Out: out, Theme: doku.Theme}
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, root, "content/en-us/web/api/thing/index.md", "title: ", "title: New ")
	opt.fault = failAt("exchange", "")
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(snapshot(t, out)["/en-US/docs/Web/API/Thing/index.html"], "New ") {
		t.Error("the edit is not in place")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".site.tmp-*")); len(left) > 0 {
		t.Errorf("left beside the output: %v", left)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}
