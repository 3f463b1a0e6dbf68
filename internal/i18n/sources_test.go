package i18n

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

// embedded stands for the catalogs doku ships.
var embedded = fstest.MapFS{
	"locales/en-US.toml": {Data: []byte(enCatalog)},
	"locales/de.toml":    {Data: []byte(deCatalog)},
}

// TestLoadSourcesOverride: a site's catalog replaces the messages it
// defines and keeps the rest from the embedded one; each message is
// placed in the file it came from.
func TestLoadSourcesOverride(t *testing.T) {
	site := fstest.MapFS{"locales/de.toml": {Data: []byte(`
[Hello]
description = "Greeting."
other = "Servus, {{.Name}}"
`)}}
	dc := &diag.Collector{}
	c := LoadSources(SiteSources(embedded, site), []string{"en-US", "de"}, dc)
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("load: %v", ds)
	}
	de := c.Localizer("de", dc)
	if got := de.T("Hello", "Name", "Welt"); got != "Servus, Welt" {
		t.Errorf("site's message: %q", got)
	}
	if got := de.N("Pages", 2); got != "2 Seiten" {
		t.Errorf("embedded message: %q", got)
	}
	if got := de.T("OnlyEnglish"); got != "English only" {
		t.Errorf("fallback: %q", got)
	}
	if got := c.Path("de"); got != "locales/de.toml" {
		t.Errorf("Path(de) = %q, want the site's file", got)
	}
	if got := c.Path("en-US"); got != "doku:locales/en-US.toml" {
		t.Errorf("Path(en-US) = %q, want the embedded file", got)
	}
	if got := c.files["de"].posOf("Hello").String(); got != "locales/de.toml:2:1" {
		t.Errorf("Hello at %s", got)
	}
	if got := c.files["de"].posOf("Pages").String(); got != "doku:locales/de.toml:6:1" {
		t.Errorf("Pages at %s", got)
	}
	if c.Top("de").Path != "locales/de.toml" || c.Top("en-US").Path != "doku:locales/en-US.toml" {
		t.Errorf("Top: %s, %s", c.Top("de").Path, c.Top("en-US").Path)
	}
}

// TestLoadSourcesAbsentLocale: a locale no source has a catalog for gets
// English, with one warning however many messages are looked up.
func TestLoadSourcesAbsentLocale(t *testing.T) {
	dc := &diag.Collector{}
	c := LoadSources(SiteSources(embedded, fstest.MapFS{}), []string{"en-US", "de", "fr"}, dc)
	fr := c.Localizer("fr", dc)
	for range 3 {
		if got := fr.T("Hello", "Name", "monde"); got != "Hello, monde" {
			t.Errorf("fr: %q", got)
		}
		fr.N("Pages", 3)
		fr.T("OnlyEnglish")
	}
	ds := dc.All()
	if len(ds) != 1 {
		t.Fatalf("want one diagnostic, got %v", ds)
	}
	d := ds[0]
	if d.Severity != diag.Warning || !strings.Contains(d.Message, "fr") || d.Pos.File != "locales/fr.toml" {
		t.Errorf("got %v", d)
	}
	if !c.Absent("fr") || c.Absent("de") || c.Loaded("fr") {
		t.Errorf("Absent(fr) %v, Absent(de) %v, Loaded(fr) %v", c.Absent("fr"), c.Absent("de"), c.Loaded("fr"))
	}
	if got := SelfName("fr"); got != "français" {
		t.Errorf("SelfName(fr) = %q", got)
	}
}

// TestLoadSourcesNoEnglish: without an en-US catalog anywhere there is
// nothing to fall back to; that is an error.
func TestLoadSourcesNoEnglish(t *testing.T) {
	dc := &diag.Collector{}
	LoadSources(SiteSources(nil, fstest.MapFS{}), []string{"en-US"}, dc)
	if dc.Count(diag.Error) != 1 {
		t.Errorf("want one error, got %v", dc.All())
	}
}

// TestCheckRenderingSiteLayer: a bad message in a site's partial catalog
// is reported at its line in the site's file; an embedded message the
// site replaced is not checked.
func TestCheckRenderingSiteLayer(t *testing.T) {
	base := fstest.MapFS{
		"locales/en-US.toml": {Data: []byte(enCatalog)},
		"locales/de.toml":    {Data: []byte(deCatalog + "\n[OnlyEnglish]\ndescription = \"x\"\nother = \"{{printf \\\"x\\\"}}\"\n")},
	}
	site := fstest.MapFS{"locales/de.toml": {Data: []byte("[OnlyEnglish]\nother = \"Nur {{template \\\"x\\\"}}\"\n")}}
	dc := &diag.Collector{}
	c := LoadSources(SiteSources(base, site), []string{"en-US", "de"}, dc)
	c.CheckRendering([]string{"en-US", "de"}, dc)
	ds := dc.All()
	if len(ds) != 1 || ds[0].Pos.String() != "locales/de.toml:2:1" || ds[0].Kind != "catalog-template" {
		t.Errorf("want one catalog-template error at locales/de.toml:2:1, got %v", ds)
	}
}

// TestLoadSourcesCopiedCatalog: a site whose catalog is a copy of doku's
// gets the same messages, each placed in the site's file; a copy of a
// broken layer is broken too.
func TestLoadSourcesCopiedCatalog(t *testing.T) {
	site := fstest.MapFS{"locales/de.toml": {Data: []byte(deCatalog)}}
	dc := &diag.Collector{}
	c := LoadSources(SiteSources(embedded, site), []string{"en-US", "de"}, dc)
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("load: %v", ds)
	}
	if got := c.Localizer("de", dc).N("Pages", 2); got != "2 Seiten" {
		t.Errorf("copied message: %q", got)
	}
	if got := c.files["de"].posOf("Pages").String(); got != "locales/de.toml:6:1" {
		t.Errorf("Pages at %s, want the site's file", got)
	}
	if len(c.files["de"].layers) != 2 || c.files["de"].layers[0].Path == c.files["de"].layers[1].Path {
		t.Errorf("layers: %d, want the embedded and the site's", len(c.files["de"].layers))
	}

	// A broken layer, then a copy of it: the copy is as broken, not
	// a copy of the last good layer.
	broken := fstest.MapFS{"locales/de.toml": {Data: []byte("[Pages\n")}}
	srcs := append(SiteSources(embedded, broken), Source{FS: broken, Dir: CatalogDir, Name: "more"})
	dc = &diag.Collector{}
	c = LoadSources(srcs, []string{"en-US", "de"}, dc)
	if n := dc.Count(diag.Error); n != 2 {
		t.Errorf("want both broken layers reported, got %v", dc.All())
	}
	if got := c.files["de"].posOf("Pages").String(); got != "doku:locales/de.toml:6:1" {
		t.Errorf("Pages at %s, want the embedded file", got)
	}
}
