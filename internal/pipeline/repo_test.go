package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
)

// TestRepositorySite builds this repository's own CloseEvent reference and
// checks it is clean: no diagnostics at all (the compat and specification
// sections come from the shipped browser-compat subset), and the pages a
// reader opens first say what they should in both languages.
func TestRepositorySite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{Root: "../..", Out: out, Theme: doku.Theme})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, ""))
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %v", d)
	}
	if res.Pages != 14 {
		t.Errorf("built %d pages, want 7 in each of 2 locales", res.Pages)
	}
	read := func(rel string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	de := read("de/docs/Web/API/CloseEvent/code/index.html")
	en := read("en-US/docs/Web/API/CloseEvent/code/index.html")
	for _, want := range []string{
		`<html lang="de">`,
		`>WebSocket-Close-Codes: 20 Einträge, einzelne Codes und Bereiche</caption>`,
		`<th scope="col">Bedeutung</th>`,
		`<tr id="1006">`, `<tr id="1016">`, `<tr id="4000">`,
		`<code>CLOSE_ABNORMAL</code>`,
		`hreflang="en-US" href="../../../../../../en-US/docs/Web/API/CloseEvent/code/index.html"`,
		`id="browser-kompatibilität"`,
	} {
		if !strings.Contains(de, want) {
			t.Errorf("German code page lacks %s", want)
		}
	}
	for _, want := range []string{
		`<html lang="en-US">`,
		`<th scope="col">Meaning</th>`,
		`<tr id="1006">`,
		`id="browser_compatibility"`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English code page lacks %s", want)
		}
	}
	for _, rel := range []string{"en-US", "de"} {
		bc := read(rel + "/docs/Web/API/CloseEvent/Browser_compatibility/index.html")
		// One table: the interface, its constructor and its three
		// properties, each a row.
		if n := strings.Count(bc, `<table class="bc-table">`); n != 1 {
			t.Errorf("%s browser-compatibility page has %d compat tables, want 1", rel, n)
		}
		if n := strings.Count(bc, `<th scope="row" class="bc-feature`); n != 5 {
			t.Errorf("%s browser-compatibility page has %d feature rows, want 5", rel, n)
		}
		if strings.Contains(bc, `class="flaw"`) || strings.Contains(bc, "pending") {
			t.Errorf("%s browser-compatibility page shows a flaw or a placeholder", rel)
		}
	}
	for _, want := range []string{
		`<caption id="bcd-api.CloseEvent.code">Browser-Kompatibilität von api.CloseEvent.code</caption>`,
		`<span class="bc-sr">Volle Unterstützung</span><span class="bc-version">15</span>`,
		`<th scope="col">Spezifikation</th>`,
		`>WebSockets Standard<br>`,
	} {
		if !strings.Contains(de, want) {
			t.Errorf("German code page lacks %s", want)
		}
	}
	if strings.Contains(de, "Abnormal Closure") {
		t.Error("German table shows an English close-code name")
	}
	root := read("index.html")
	if !strings.Contains(root, `href="de/index.html"`) || !strings.Contains(root, `href="en-US/index.html"`) {
		t.Error("root page does not offer both languages")
	}
}
