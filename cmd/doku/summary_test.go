package main

import (
	"testing"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

func TestUnknownMacrosSummary(t *testing.T) {
	unknown := func(name string) diag.Diagnostic {
		return diag.Diagnostic{Kind: diag.MacroUnknown, Message: "{{" + name + "}}: " + (&macro.UnknownError{Name: name}).Error()}
	}
	ds := []diag.Diagnostic{
		unknown("CSSInfo"), unknown("CSSSyntax"), unknown("csssyntax"), unknown("Zeta"), unknown("Alpha"),
		{Kind: diag.Link, Message: `unknown macro "NotCounted"`},
	}
	if got, want := unknownMacros(ds, 3), "csssyntax 2, alpha 1, cssinfo 1, 1 more"; got != want {
		t.Errorf("unknownMacros = %q, want %q", got, want)
	}
	if got, want := unknownMacros(ds, 0), "csssyntax 2, alpha 1, cssinfo 1, zeta 1"; got != want {
		t.Errorf("unknownMacros(all) = %q, want %q", got, want)
	}
	if got := unknownMacros(ds[5:], 3); got != "" {
		t.Errorf("unknownMacros without unknown macros = %q, want nothing", got)
	}
}
