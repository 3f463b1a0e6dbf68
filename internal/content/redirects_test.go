package content

import (
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

func TestLoadRedirects(t *testing.T) {
	fsys := tree()
	fsys["de/"+RedirectsFile] = &fstest.MapFile{Data: []byte("# FROM-URL\tTO-URL\n" +
		"/de/docs/Web/API/Alt\t/de/docs/Web/API/CloseEvent\n" +
		"\n" +
		"/de/docs/Kaputt\n" +
		"/de/docs/Web/API/Abschnitt\t/de/docs/Web/API/CloseEvent#beispiele\n" +
		"/de/docs/Firefox 11 for developers\t/de/docs/Web/API/CloseEvent\n")}
	var dc diag.Collector
	tr, err := Load(fsys, Options{Name: "content"}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"/de/docs/web/api/alt":               "/de/docs/Web/API/CloseEvent",
		"/de/docs/web/api/abschnitt":         "/de/docs/Web/API/CloseEvent#beispiele",
		"/de/docs/firefox 11 for developers": "/de/docs/Web/API/CloseEvent",
	}
	if diff := cmp.Diff(want, tr.Redirects); diff != "" {
		t.Errorf("Redirects (-want +got):\n%s", diff)
	}
	ds := dc.All()
	if len(ds) != 1 || ds[0].Pos.String() != "content/de/_redirects.txt:4:1" || ds[0].Severity != diag.Warning {
		t.Errorf("diagnostics %v, want one warning at content/de/_redirects.txt:4:1", ds)
	}
}
