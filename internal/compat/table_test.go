package compat

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden tables in testdata/tables/*.txtar")

// archiveFS returns the files of the txtar archive file as a file system.
func archiveFS(t testing.TB, file string) fstest.MapFS {
	t.Helper()
	a, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// localizers returns the test catalogs (testdata/catalogs.txtar) for en-US
// and de, and the collector their lookups report to: a label missing in a
// catalog fails the test that used it.
func localizers(t testing.TB) (map[string]*i18n.Localizer, *diag.Collector) {
	t.Helper()
	dc := &diag.Collector{}
	locales := []string{"en-US", "de"}
	cats := i18n.Load(archiveFS(t, "testdata/catalogs.txtar"), "locales", locales, dc)
	ls := map[string]*i18n.Localizer{}
	for _, l := range locales {
		ls[l] = cats.Localizer(l, dc)
	}
	return ls, dc
}

// readable breaks rendered HTML into lines for golden files and diffs.
func readable(s string) string {
	r := strings.NewReplacer("<tr", "\n<tr", "<td", "\n  <td", "<th ", "\n  <th ", "<li", "\n    <li",
		"<p", "\n      <p", "<div class=\"bc-legend", "\n<div class=\"bc-legend", "<section", "\n<section", "</table>", "\n</table>")
	return strings.TrimSpace(r.Replace(s)) + "\n"
}

// TestTableGolden renders the tables of testdata/tables/*.txtar in both
// locales, with the labels of testdata/catalogs.txtar.
// Each archive holds data.json (hand-written browser-compat data), keys
// (one per line) and the expected tables, en-US.html and de.html.
func TestTableGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/tables/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	ls, dc := localizers(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string][]byte{}
			for _, f := range a.Files {
				sections[f.Name] = f.Data
			}
			d, err := Open(sections["data.json"], "data.json")
			if err != nil {
				t.Fatal(err)
			}
			keys := strings.Fields(string(sections["keys"]))
			for _, locale := range []string{"en-US", "de"} {
				tbl := Table{Data: d, L: ls[locale], Link: func(u string) (string, bool) {
					rest, ok := strings.CutPrefix(u, "https://developer.mozilla.org/docs/")
					return "../" + rest + "/index.html", ok && strings.HasPrefix(rest, "Web/API/Thing")
				}}
				out, err := tbl.Render(keys)
				if err != nil {
					t.Fatal(err)
				}
				got := readable(out)
				name := locale + ".html"
				if *update {
					for i := range a.Files {
						if a.Files[i].Name == name {
							a.Files[i].Data = []byte(got)
						}
					}
					continue
				}
				if diff := cmp.Diff(string(sections[name]), got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
	for _, d := range dc.All() {
		t.Errorf("catalog: %v", d)
	}
}
