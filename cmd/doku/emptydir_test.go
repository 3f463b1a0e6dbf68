package main

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/locale"
)

// embeddedText is the German text of message id in the catalog doku
// ships.
func embeddedText(t *testing.T, loc, id string) string {
	t.Helper()
	var dc diag.Collector
	c := i18n.LoadSources(i18n.SiteSources(doku.Catalogs, os.DirFS(t.TempDir())), []string{locale.Source, loc}, &dc)
	if dc.HasErrors() {
		t.Fatalf("embedded catalogs: %v", dc.All())
	}
	return c.Localizer(loc, &dc).T(id)
}

// TestBuildFromEmptyFolder builds a tree from a folder holding nothing
// (no doku.toml, no locales/), as "doku build -content TREE -out out"
// run there: German strings come from the embedded catalog, the locale
// doku has no catalog for gets English with exactly one warning.
func TestBuildFromEmptyFolder(t *testing.T) {
	tree := t.TempDir()
	unpack(t, filepath.Join("testdata", "three-locales.txtar"), tree)
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "-content", tree, "-out", "out", "-json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, stderr.String(), stdout.String())
	}
	var rep struct {
		Diagnostics []struct {
			Pos      struct{ File string }
			Severity string
			Message  string
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("-json: %v", err)
	}
	if len(rep.Diagnostics) != 1 {
		t.Fatalf("want exactly one diagnostic (for fr), got %d:\n%s", len(rep.Diagnostics), stdout.String())
	}
	if d := rep.Diagnostics[0]; d.Severity != "warning" || !strings.Contains(d.Message, "fr") || d.Pos.File != "locales/fr.toml" {
		t.Errorf("diagnostic: %v", d)
	}
	page := func(locale string) string {
		b, err := os.ReadFile(filepath.Join("out", locale, "docs", "Guide", "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return html.UnescapeString(string(b))
	}
	skipDE, skipEN := embeddedText(t, "de", "Nav.SkipToContent"), embeddedText(t, locale.Source, "Nav.SkipToContent")
	if skipDE == skipEN {
		t.Fatalf("the embedded de catalog does not translate Nav.SkipToContent: %q", skipDE)
	}
	if de := page("de"); !strings.Contains(de, skipDE) {
		t.Errorf("German page lacks %q from the embedded catalog", skipDE)
	}
	fr := page("fr")
	if !strings.Contains(fr, skipEN) {
		t.Errorf("French page lacks the English fallback %q", skipEN)
	}
	if name := i18n.SelfName("fr"); !strings.Contains(fr, ">"+name+"<") {
		t.Errorf("language list does not name fr %q", name)
	}
}
