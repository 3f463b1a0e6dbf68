package i18n

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

const enCatalog = `
[Hello]
description = "Greeting."
other = "Hello, {{.Name}}"

[Pages]
description = "Page count."
one = "{{.Count}} page"
other = "{{.Count}} pages"

[OnlyEnglish]
description = "Not translated yet."
other = "English only"
`

const deCatalog = `
[Hello]
description = "Greeting."
other = "Hallo, {{.Name}}"

[Pages]
description = "Page count."
one = "{{.Count}} Seite"
other = "{{.Count}} Seiten"
`

func load(t *testing.T, en, de string) (*Catalogs, *diag.Collector) {
	t.Helper()
	dc := &diag.Collector{}
	fsys := fstest.MapFS{
		"locales/en-US.toml": {Data: []byte(en)},
		"locales/de.toml":    {Data: []byte(de)},
	}
	return Load(fsys, "locales", []string{"en-US", "de"}, dc), dc
}

func TestLocalize(t *testing.T) {
	c, dc := load(t, enCatalog, deCatalog)
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("load: %v", ds)
	}
	de := c.Localizer("de", dc)
	if got := de.T("Hello", "Name", "Welt"); got != "Hallo, Welt" {
		t.Errorf("T = %q", got)
	}
	// CLDR: German uses "one" for 1 only, "other" for 0, 2, 1.5, ...
	for n, want := range map[int]string{0: "0 Seiten", 1: "1 Seite", 2: "2 Seiten", 21: "21 Seiten"} {
		if got := de.N("Pages", n); got != want {
			t.Errorf("N(%d) = %q, want %q", n, got, want)
		}
	}
	if len(dc.All()) > 0 {
		t.Errorf("unexpected diagnostics: %v", dc.All())
	}
}

func TestFallbackIsAWarning(t *testing.T) {
	c, dc := load(t, enCatalog, deCatalog)
	got := c.Localizer("de", dc).T("OnlyEnglish")
	if got != "English only" {
		t.Errorf("fallback text = %q", got)
	}
	ds := dc.All()
	if len(ds) != 1 || ds[0].Severity != diag.Warning || ds[0].Kind != "catalog-fallback" {
		t.Fatalf("diagnostics = %v, want one catalog-fallback warning", ds)
	}
	if !strings.Contains(ds[0].Hint, "locales/en-US.toml:11:1") {
		t.Errorf("hint %q does not point at the English definition", ds[0].Hint)
	}
}

func TestUndefinedMessageIsAnError(t *testing.T) {
	c, dc := load(t, enCatalog, deCatalog)
	if got := c.Localizer("en-US", dc).T("Nope"); got != "Nope" {
		t.Errorf("undefined message renders as %q, want its ID", got)
	}
	if !dc.HasErrors() {
		t.Error("no error for an undefined message")
	}
}

func TestSyntaxErrorHasPosition(t *testing.T) {
	_, dc := load(t, enCatalog, "[Hello]\nother = \"Hallo\n")
	ds := dc.All()
	if len(ds) == 0 || ds[0].Severity != diag.Error {
		t.Fatalf("diagnostics = %v, want an error", ds)
	}
	if p := ds[0].Pos; p.File != "locales/de.toml" || p.Line != 2 {
		t.Errorf("position = %v, want locales/de.toml:2", p)
	}
}

func TestMissingDescriptionIsReported(t *testing.T) {
	_, dc := load(t, "[Bare]\nother = \"x\"\n", "")
	ds := dc.All()
	if len(ds) != 1 || ds[0].Pos.String() != "locales/en-US.toml:1:1" || !strings.Contains(ds[0].Message, "description") {
		t.Errorf("diagnostics = %v", ds)
	}
}

// TestCatalogTextIsNotMarkup: catalogs are escaped by the layouts, so T
// must hand back the text as written, not interpret it.
func TestCatalogTextIsNotMarkup(t *testing.T) {
	c, dc := load(t, "[X]\ndescription = \"d\"\nother = \"<script>alert(1)</script>\"\n", "")
	if got := c.Localizer("en-US", dc).T("X"); got != "<script>alert(1)</script>" {
		t.Errorf("T = %q", got)
	}
}

func TestMarkingFallbacks(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/en-US.toml": {Data: []byte("[A]\ndescription = \"a\"\nother = \"Alpha\"\n[B]\ndescription = \"b\"\nother = \"Beta\"\n")},
		"locales/de.toml":    {Data: []byte("[A]\nother = \"Alfa\"\n")},
	}
	var dc diag.Collector
	c := Load(fsys, "locales", []string{"en-US", "de"}, &dc)
	l := c.Localizer("de", &dc).MarkingFallbacks()
	if got := l.T("A"); got != "Alfa" {
		t.Errorf("T(A) = %q; a translated message is not marked", got)
	}
	if got, want := l.T("B"), FallbackOpen+"Beta"+FallbackClose; got != want {
		t.Errorf("T(B) = %q, want %q", got, want)
	}
	if got := c.Localizer("de", &dc).T("B"); got != "Beta" {
		t.Errorf("T(B) without marks = %q", got)
	}
}
