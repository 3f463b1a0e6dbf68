package compat

import (
	"os"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

// BenchmarkTableRender renders the compatibility table of the repository's
// CloseEvent data (the interface and its members) in German, the work of
// one {{Compat}} call on an interface page.
func BenchmarkTableRender(b *testing.B) {
	src, err := os.ReadFile("../../content/data/browser-compat.json")
	if err != nil {
		b.Fatal(err)
	}
	d, err := Open(src, "browser-compat.json")
	if err != nil {
		b.Fatal(err)
	}
	dc := &diag.Collector{}
	l := i18n.Load(os.DirFS("../.."), "locales", []string{"en-US", "de"}, dc).Localizer("de", dc)
	t := &Table{Data: d, L: l}
	keys := []string{"api.CloseEvent"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := t.Render(keys); err != nil {
			b.Fatal(err)
		}
	}
}
