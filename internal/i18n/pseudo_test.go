package i18n

import (
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

func TestPseudo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Skip to content", "[Šķîîþ ţöö çööñţééñţ]"},
		{"{{.Count}} pages", "[{{.Count}} þááĝééš]"},
		{"a {{.X}} b {{.Y}}", "[áá {{.X}} ƀ {{.Y}}]"},
		{"1000 <never> & Ünï", "[1000 <ñééṽééŕ> & Üñï]"},
		{"open {{.X", "[ööþééñ {{.X]"},
	}
	for _, tt := range tests {
		if got := Pseudo(tt.in); got != tt.want {
			t.Errorf("Pseudo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAddPseudo(t *testing.T) {
	fsys := fstest.MapFS{"locales/en-US.toml": {Data: []byte(`
[Home.PageCount]
description = "Pages on the home page."
one = "{{.Count}} page"
other = "{{.Count}} pages"
`)}}
	var dc diag.Collector
	c := Load(fsys, "locales", []string{"en-US"}, &dc)
	if err := c.AddPseudo(PseudoLocale); err != nil {
		t.Fatal(err)
	}
	l := c.Localizer(PseudoLocale, &dc)
	if got, want := l.N("Home.PageCount", 1), "[1 þááĝéé]"; got != want {
		t.Errorf("N(1) = %q, want %q", got, want)
	}
	if got, want := l.N("Home.PageCount", 3), "[3 þááĝééš]"; got != want {
		t.Errorf("N(3) = %q, want %q", got, want)
	}
	if ds := dc.All(); len(ds) > 0 {
		t.Errorf("diagnostics: %v", ds)
	}
}
