package main

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/doku-docs/doku/internal/refdata"
)

// MDN's page shell compiles the WebAssembly text of interactive examples
// in the browser with the npm package @mdn/watify: the Rust crate wat
// built to WebAssembly, with wasm-bindgen's glue as an ES module
// (watify.js) that fetches watify_bg.wasm beside it. A page opened from
// file:// can load neither an ES module nor a file by fetch, so doku
// keeps the package as one classic script: the glue with its exports
// taken out, wrapped in a function that defines the global Watify, and
// the WebAssembly inside as base64.

// The glue's lines the conversion changes; a version whose glue lacks
// one is refused, so that a changed glue is looked at, not half-converted.
const (
	glueExportFunc = "export function watify("
	glueExportList = "export { initSync, __wbg_init as default };"
	glueImportMeta = "import.meta.url"
)

// moduleSyntax finds an import or export statement left after the
// conversion.
var moduleSyntax = regexp.MustCompile(`(?m)^\s*(import|export)\b`)

// watCompiler writes the data folder's WebAssembly-text compiler
// (refdata.WATCompilerFile) and its license (refdata.WATLicenseFile) from
// the unpacked package in dir.
func watCompiler(dir, out string) error {
	glue, err := os.ReadFile(filepath.Join(dir, "watify.js"))
	if err != nil {
		return err
	}
	wasm, err := os.ReadFile(filepath.Join(dir, "watify_bg.wasm"))
	if err != nil {
		return err
	}
	license, err := os.ReadFile(filepath.Join(dir, "LICENSE"))
	if err != nil {
		return err
	}
	var pkg struct {
		Version    string `json:"version"`
		License    string `json:"license"`
		Repository struct {
			URL string `json:"url"`
		} `json:"repository"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &pkg); err != nil {
		return err
	}
	script, err := classicScript(string(glue), wasm, pkg.Version, pkg.License, pkg.Repository.URL)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(dir, "watify.js"), err)
	}
	if err := os.MkdirAll(filepath.Join(out, filepath.Dir(refdata.WATCompilerFile)), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, refdata.WATCompilerFile), script, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, refdata.WATLicenseFile), license, 0o644)
}

// classicScript turns watify's ES-module glue and its WebAssembly into a
// classic script defining Watify: Watify.init() instantiates the
// WebAssembly (a promise; once per page), Watify.watify(text) returns the
// module's bytes or throws the compiler's message.
func classicScript(glue string, wasm []byte, version, license, repo string) ([]byte, error) {
	for _, s := range []string{glueExportFunc, glueExportList, glueImportMeta} {
		if !strings.Contains(glue, s) {
			return nil, fmt.Errorf("the glue has no %q: the package changed; update cmd/doku-data/watify.go for it", s)
		}
	}
	glue = strings.Replace(glue, glueExportFunc, "function watify(", 1)
	glue = strings.Replace(glue, glueExportList, "", 1)
	// The default location of the WebAssembly is never used: init passes
	// the bytes.
	glue = strings.ReplaceAll(glue, glueImportMeta, "document.baseURI")
	if m := moduleSyntax.FindString(glue); m != "" {
		return nil, fmt.Errorf("the glue has a statement a classic script cannot hold (%q): update cmd/doku-data/watify.go for it", strings.TrimSpace(m))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "/* @mdn/watify %s (%s), the WebAssembly-text compiler of MDN's interactive examples,\n", version, license)
	fmt.Fprintf(&b, " * as one classic script made by doku-data: its glue with the exports taken out, its\n")
	fmt.Fprintf(&b, " * WebAssembly inside as base64. Source: %s.\n", repo)
	fmt.Fprintf(&b, " * The package's license is the watify-LICENSE file beside this one. */\n")
	b.WriteString("var Watify = (function () {\n\"use strict\";\n")
	b.WriteString(glue)
	b.WriteString("\nvar wasmBase64 = \"")
	b.WriteString(base64.StdEncoding.EncodeToString(wasm))
	b.WriteString("\";\nvar ready = null;\nreturn {\n")
	b.WriteString("  init: function () {\n")
	b.WriteString("    if (!ready) ready = __wbg_init({ module_or_path: Uint8Array.from(atob(wasmBase64), function (c) { return c.charCodeAt(0); }) });\n")
	b.WriteString("    return ready;\n  },\n  watify: watify\n};\n})();\n")
	return []byte(b.String()), nil
}
