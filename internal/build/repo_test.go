package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"doku"
)

// TestRepositorySite builds this repository's own CloseEvent reference and
// checks it is clean: no diagnostics but the reported placeholders of the
// compat and specification sections, and the pages a reader opens first
// say what they should in both languages.
func TestRepositorySite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{Root: "../..", Out: out, Theme: doku.Theme})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, ""))
	}
	for _, d := range res.Diagnostics {
		if d.Kind != "pending" {
			t.Errorf("diagnostic: %v", d)
		}
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
	if strings.Contains(de, "Abnormal Closure") {
		t.Error("German table shows an English close-code name")
	}
	root := read("index.html")
	if !strings.Contains(root, `href="de/index.html"`) || !strings.Contains(root, `href="en-US/index.html"`) {
		t.Error("root page does not offer both languages")
	}
}
