package compat

import (
	"testing"
)

// BenchmarkTableRender renders the compatibility table of an interface
// and its members (api.Widget of testdata/support.txtar) in German, the
// work of one {{Compat}} call on an interface page.
func BenchmarkTableRender(b *testing.B) {
	d, err := Open(archiveFS(b, "testdata/support.txtar")["data.json"].Data, "data.json")
	if err != nil {
		b.Fatal(err)
	}
	ls, _ := localizers(b)
	t := &Table{Data: d, L: ls["de"]}
	keys := []string{"api.Widget"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := t.Render(keys); err != nil {
			b.Fatal(err)
		}
	}
}
