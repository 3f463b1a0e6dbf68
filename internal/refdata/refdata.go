// Package refdata reads the reference data MDN's data macros are built
// from, as doku keeps it in a data folder (the -data flag, `data` in
// doku.toml): the formal syntax of CSS (from the npm package
// @webref/css), CSS's formal definitions with their localized strings
// (mdn-data), the titles of specifications (browser-specs) and, when
// present, the WebExtensions examples index. cmd/doku-data makes the
// folder from the npm packages; `make mdn-data` runs it on pinned
// versions. Every file is optional: a macro whose data is missing shows
// what MDN shows without it, and is reported.
package refdata

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/doku-docs/doku/internal/diag"
)

// The files of a data folder.
const (
	CSSFile        = "css.json"         // CSS
	CSSInfoFile    = "css-info.json"    // CSSInfo
	SpecTitlesFile = "spec-titles.json" // SpecTitles
	WebExtFile     = "webext-examples.json"
	// WATCompilerFile is @mdn/watify as one classic script defining
	// Watify, the compiler of the WebAssembly text of interactive
	// examples; WATLicenseFile its license. Not JSON: doku copies both
	// into the output as they are.
	WATCompilerFile = "wat/watify.js"
	WATLicenseFile  = "wat/LICENSE"
)

// Data is what a data folder holds; a nil *Data, and each nil part, has
// nothing.
type Data struct {
	CSS        *CSS
	CSSInfo    *CSSInfo
	SpecTitles map[string]string
	WebExt     *WebExtExamples
	// WATCompiler and WATLicense are the files WATCompilerFile and
	// WATLicenseFile; nil when the folder has no compiler.
	WATCompiler, WATLicense []byte
	// Dir is the folder as the user named it, for messages.
	Dir string
}

// Load reads the data folder dir. A file that is absent is left out; one
// that cannot be read or decoded is reported (kind data) and left out.
func Load(dir string, dc *diag.Collector) *Data {
	d := &Data{Dir: dir}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		dc.Errorf(diag.Pos{File: "-data"}, diag.Data, "make mdn-data makes a data folder from pinned npm packages",
			"%s is not a readable folder", dir)
		return d
	}
	read := func(name string, v any) bool {
		file := filepath.Join(dir, name)
		src, err := os.ReadFile(file)
		if errors.Is(err, fs.ErrNotExist) {
			return false
		}
		if err == nil {
			err = json.Unmarshal(src, v)
		}
		if err != nil {
			dc.Errorf(diag.Pos{File: filepath.ToSlash(file)}, diag.Data, "remake the folder with make mdn-data (cmd/doku-data)", "cannot read: %v", err)
			return false
		}
		return true
	}
	var css cssFile
	if read(CSSFile, &css) {
		d.CSS = css.index()
	}
	var info CSSInfo
	if read(CSSInfoFile, &info) {
		d.CSSInfo = &info
	}
	read(SpecTitlesFile, &d.SpecTitles)
	var ex []WebExtExample
	if read(WebExtFile, &ex) {
		d.WebExt = indexWebExt(ex)
	}
	d.WATCompiler, d.WATLicense = readWAT(dir, dc)
	return d
}

// HasWATCompiler says whether the folder holds the WebAssembly-text
// compiler (false for a nil *Data).
func (d *Data) HasWATCompiler() bool { return d != nil && d.WATCompiler != nil }

// Missing returns the message and hint for data a macro needs but the
// folder does not hold, naming the file.
func (d *Data) Missing(file string) (msg, hint string) {
	if d == nil || d.Dir == "" {
		return "no data folder is given (it would hold " + file + ")",
			"pass -data with a folder made by make mdn-data, or set data = \"...\" in doku.toml"
	}
	return "the data folder " + d.Dir + " has no " + file, "remake the folder with make mdn-data (cmd/doku-data)"
}

// readWAT reads the WebAssembly-text compiler and its license, both or
// neither: a compiler without its license is not shipped.
func readWAT(dir string, dc *diag.Collector) (compiler, license []byte) {
	compiler, err := os.ReadFile(filepath.Join(dir, WATCompilerFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil {
		license, err = os.ReadFile(filepath.Join(dir, WATLicenseFile))
	}
	if err != nil {
		dc.Errorf(diag.Pos{File: filepath.ToSlash(filepath.Join(dir, WATCompilerFile))}, diag.Data,
			"remake the folder with make mdn-data (cmd/doku-data -watify)", "cannot read the WebAssembly-text compiler: %v", err)
		return nil, nil
	}
	return compiler, license
}
