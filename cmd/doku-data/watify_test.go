package main

import (
	"encoding/base64"
	"strings"
	"testing"
)

// A glue of the shape wasm-bindgen writes becomes a classic script: no
// import or export left, the WebAssembly inside, Watify defined.
func TestClassicScript(t *testing.T) {
	glue := "export function watify(text) {\n  return wasm.watify(text);\n}\n" +
		"async function __wbg_init(m) {\n  if (m === undefined) m = new URL('watify_bg.wasm', import.meta.url);\n}\n" +
		"function initSync(m) {}\n" + glueExportList + "\n"
	wasm := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	got, err := classicScript(glue, wasm, "1.2.3", "MPL-2.0", "example/watify")
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{"var Watify = (function () {", "function watify(text)", `"` + base64.StdEncoding.EncodeToString(wasm) + `"`,
		"document.baseURI", "@mdn/watify 1.2.3 (MPL-2.0)", "Source: example/watify."} {
		if !strings.Contains(s, want) {
			t.Errorf("the script lacks %q:\n%s", want, s)
		}
	}
	if m := moduleSyntax.FindString(s); m != "" || strings.Contains(s, "import.meta") {
		t.Errorf("module syntax left (%q):\n%s", m, s)
	}
}

// A glue that changed shape is refused, naming what it lacks.
func TestClassicScriptRefusesChangedGlue(t *testing.T) {
	for _, glue := range []string{
		"export function watify(text) {}\n" + glueExportList + "\n",                                              // no import.meta.url
		"export function watify(text) {}\nimport.meta.url;\n",                                                    // no export list
		"export function watify(text) {}\nimport.meta.url;\n" + glueExportList + "\nexport const other = 1;\n",   // another export
		"export function watify(text) {}\nimport.meta.url;\nimport x from \"./x.js\";\n" + glueExportList + "\n", // an import
	} {
		if _, err := classicScript(glue, nil, "1", "MIT", ""); err == nil || !strings.Contains(err.Error(), "cmd/doku-data/watify.go") {
			t.Errorf("glue %q: error %v, want one saying to update the conversion", glue, err)
		}
	}
}
