package build

import (
	"os"
	"path/filepath"
	"testing"

	"doku"
	"doku/internal/sitecheck"
)

// buildRepo builds this repository's site with opt's Root, Out and Theme
// filled in, and fails the test on an error.
func buildRepo(t *testing.T, opt Options) string {
	t.Helper()
	opt.Root, opt.Theme = "../..", doku.Theme
	if opt.Out == "" {
		opt.Out = filepath.Join(t.TempDir(), "site")
	}
	res, err := Build(opt)
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, ""))
	}
	return opt.Out
}

// TestNoInlineCodeAndNoBrokenLinks reads every page of the repository's
// site as a browser would: no inline script, style or event handler (so
// Content-Security-Policy: default-src 'self' holds), and every link,
// stylesheet, script and anchor leads to something that exists.
func TestNoInlineCodeAndNoBrokenLinks(t *testing.T) {
	out := buildRepo(t, Options{})
	probs, err := sitecheck.Check(os.DirFS(out), sitecheck.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Error(p)
	}
}
