package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/gen"
)

func tree(t *testing.T) (string, gen.Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tree")
	st, err := gen.Generate(dir, gen.Options{Pages: 60, DeShare: 0.5, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func TestFloorConvertsEveryPage(t *testing.T) {
	dir, st := tree(t)
	n, size, err := Floor(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := st.Pages["en-US"] + st.Pages["de"]; n != want {
		t.Errorf("converted %d pages, the tree has %d", n, want)
	}
	// Front matter is not converted, so less than the whole files.
	if size <= 0 || size >= st.Bytes {
		t.Errorf("converted %d bytes of Markdown, the files hold %d", size, st.Bytes)
	}
}

func TestHugoSiteLinksEveryPage(t *testing.T) {
	dir, st := tree(t)
	h := filepath.Join(t.TempDir(), "hugo")
	if err := HugoSite(dir, h); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.WalkDir(filepath.Join(h, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == "_index.md" {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := st.Pages["en-US"] + st.Pages["de"]; n != want {
		t.Errorf("%d branch bundles, want one per page (%d)", n, want)
	}
	if _, err := os.Stat(filepath.Join(h, "hugo.toml")); err != nil {
		t.Error(err)
	}
}

func TestMeasure(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	log := filepath.Join(t.TempDir(), "log")
	r, err := Measure(log, sh, "-c", "echo first >&2; echo last line >&2")
	if err != nil {
		t.Fatal(err)
	}
	if r.Last != "last line" {
		t.Errorf("Last = %q", r.Last)
	}
	if r.Wall <= 0 || r.MaxRSS <= 0 {
		t.Errorf("wall %v, peak RSS %d: not measured", r.Wall, r.MaxRSS)
	}
	b, _ := os.ReadFile(log)
	if !strings.Contains(string(b), "first") {
		t.Errorf("log holds %q", b)
	}
	if _, err := Measure(log, sh, "-c", "echo broken >&2; exit 3"); err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("failing command: err = %v, want the failure with its last line", err)
	}
}

func TestBuiltLine(t *testing.T) {
	log := filepath.Join(t.TempDir(), "doku.log")
	text := "warning: x\ndoku: built 3 pages (5 files) in 1s\ndoku: search index de: 3 pages\n"
	if err := os.WriteFile(log, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := builtLine(log, "fallback"); got != "doku: built 3 pages (5 files) in 1s" {
		t.Errorf("builtLine = %q", got)
	}
	if got := builtLine(filepath.Join(t.TempDir(), "none"), "fallback"); got != "fallback" {
		t.Errorf("without a log: %q", got)
	}
}
