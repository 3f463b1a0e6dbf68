package refdata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

func TestLoad(t *testing.T) {
	var dc diag.Collector
	d := Load("../mdn/testdata/data", &dc)
	if len(dc.All()) > 0 {
		t.Fatal(dc.All())
	}
	if it := d.CSS.Property("margin-top", ""); it == nil || it.Syntax != "<length-percentage> | auto" {
		t.Errorf("margin-top: %+v", it)
	}
	if it := d.CSS.Type("length-percentage", "margin"); it == nil {
		t.Error("a scope without its own definition falls back to the global one")
	}
	if d.CSSInfo.Definition("margin-top", "") == nil || d.CSSInfo.Definition("margin-top", "@page") != nil {
		t.Error("definitions by property and by at-rule")
	}
	if got, _ := d.CSSInfo.Text("referToWidthOfContainingBlock", "de"); got != "refer to the width of the containing block" {
		t.Errorf("a text without German is English: %q", got)
	}
	if len(d.WebExt.For("tabs")) != 1 || len(d.WebExt.For("tabs.query")) != 1 || d.WebExt.For("storage.sync") != nil {
		t.Error("examples by module and member")
	}
	for u, want := range map[string]string{
		"https://drafts.csswg.org/css-box-4/#propdef-margin": "CSS Box Model Module Level 4",
		"https://drafts.csswg.org/css-box-4/sub/page.html":   "CSS Box Model Module Level 4",
		"https://drafts.csswg.org/css-box-3/":                "",
	} {
		if got, _ := d.SpecTitle(u); got != want {
			t.Errorf("SpecTitle(%s) = %q, want %q", u, got, want)
		}
	}
}

// Scoped definitions: a type defined for one property wins there.
func TestScope(t *testing.T) {
	f := cssFile{Types: []SyntaxItem{{Name: "<a>", Syntax: "x"}, {Name: "<a>", Syntax: "y", For: strList{"p"}}, {Name: "<b>", Syntax: "z"}}}
	c := f.index()
	if c.Type("a", "p").Syntax != "y" || c.Type("b", "p").Syntax != "z" {
		t.Error("scope first, then global")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, CSSFile), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	var dc diag.Collector
	d := Load(dir, &dc)
	if d.CSS != nil || len(dc.All()) != 1 || dc.All()[0].Kind != diag.Data || !strings.Contains(dc.All()[0].Pos.File, CSSFile) {
		t.Errorf("a broken file is reported and left out: %v", dc.All())
	}
	dc = diag.Collector{}
	Load(filepath.Join(dir, "none"), &dc)
	if len(dc.All()) != 1 || !dc.HasErrors() {
		t.Errorf("a missing folder is an error: %v", dc.All())
	}
	if msg, _ := (*Data)(nil).Missing(CSSFile); !strings.Contains(msg, "no data folder") {
		t.Errorf("Missing without a folder: %s", msg)
	}
}

// The WebAssembly-text compiler is read as it is, with its license; a
// compiler without its license is reported and left out.
func TestLoadWATCompiler(t *testing.T) {
	dir := t.TempDir()
	var dc diag.Collector
	if d := Load(dir, &dc); d.HasWATCompiler() || len(dc.All()) != 0 {
		t.Errorf("a folder without the compiler: has it %v, diagnostics %v", d.HasWATCompiler(), dc.All())
	}
	if (*Data)(nil).HasWATCompiler() {
		t.Error("no data folder has a compiler")
	}
	if err := os.MkdirAll(filepath.Join(dir, "wat"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, WATCompilerFile), []byte("var Watify;"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := Load(dir, &dc)
	if d.HasWATCompiler() || len(dc.All()) != 1 || dc.All()[0].Kind != diag.Data {
		t.Errorf("a compiler without its license: has it %v, diagnostics %v", d.HasWATCompiler(), dc.All())
	}
	if err := os.WriteFile(filepath.Join(dir, WATLicenseFile), []byte("License"), 0o644); err != nil {
		t.Fatal(err)
	}
	dc = diag.Collector{}
	d = Load(dir, &dc)
	if string(d.WATCompiler) != "var Watify;" || string(d.WATLicense) != "License" || len(dc.All()) != 0 {
		t.Errorf("compiler %q, license %q, diagnostics %v", d.WATCompiler, d.WATLicense, dc.All())
	}
}
