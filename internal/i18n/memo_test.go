package i18n

import (
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// Messages without data are looked up when a localizer is made; that
// must change nothing a caller sees: texts, diagnostics, recorded lookups.
func TestRememberedMessages(t *testing.T) {
	c, dc := load(t, enCatalog+"\n[Plain]\ndescription = \"A label.\"\nother = \"Label\"\n", deCatalog+"\n[Plain]\ndescription = \"A label.\"\nother = \"Beschriftung\"\n")
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("load: %v", ds)
	}
	de := c.Localizer("de", dc)
	for range 2 {
		if got := de.T("Plain"); got != "Beschriftung" {
			t.Errorf("T(Plain) = %q", got)
		}
		if got := de.T("Hello", "Name", "Welt"); got != "Hallo, Welt" {
			t.Errorf("T(Hello, Welt) = %q", got)
		}
		if got := de.N("Pages", 1); got != "1 Seite" {
			t.Errorf("N(Pages, 1) = %q", got)
		}
	}
	if got := c.Localizer("en-US", dc).T("Plain"); got != "Label" {
		t.Errorf("en-US T(Plain) = %q, the German text leaked", got)
	}
	// Each page's copy still reports its own fallback and records what
	// it looked up, remembered or not.
	for range 2 {
		page := &diag.Collector{}
		used := map[Lookup]bool{}
		l := de.ReportingTo(page).Recording(used)
		if got := l.T("OnlyEnglish"); got != "English only" {
			t.Errorf("fallback = %q", got)
		}
		l.T("Plain")
		if n := len(page.All()); n != 1 {
			t.Errorf("%d diagnostics for one fallback, want 1", n)
		}
		if !used[Lookup{"de", "Plain"}] || !used[Lookup{"de", "OnlyEnglish"}] {
			t.Errorf("lookups not recorded: %v", used)
		}
	}
}
