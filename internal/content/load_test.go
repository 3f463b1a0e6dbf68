package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

func page(title, slug, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nslug: " + slug + "\n---\n" + body)}
}

// tree is a small content folder with two locales, data, assets and
// things Load must skip.
func tree() fstest.MapFS {
	return fstest.MapFS{
		"en-us/web/api/closeevent/index.md":       page("CloseEvent", "Web/API/CloseEvent", "# CloseEvent\n"),
		"en-us/web/api/closeevent/diagram.png":    {Data: []byte("\x89PNG")},
		"en-us/web/api/closeevent/.DS_Store":      {Data: []byte("x")},
		"en-us/web/api/closeevent/code/index.md":  page("code", "Web/API/CloseEvent/code", "Text\n"),
		"en-us/web/api/closeevent/code/notes.txt": {Data: []byte("asset too")},
		"en-us/.hidden/index.md":                  page("Hidden", "Hidden", ""),
		"en-us/readme.txt":                        {Data: []byte("beside the locale folder, not a page's asset")},
		"de/web/api/closeevent/index.md":          page("CloseEvent", "Web/API/CloseEvent", "Text\n"),
		"data/close-codes.toml":                   {Data: []byte("[[code]]\n")},
		"data/x/index.md":                         page("Data", "X", ""),
		".git/index.md":                           page("Git", "Git", ""),
		"README.md":                               {Data: []byte("top-level file")},
	}
}

func TestLoadTree(t *testing.T) {
	var dc diag.Collector
	tr, err := Load(tree(), Options{Name: "content", Strict: true}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	if ds := dc.All(); len(ds) > 0 {
		t.Errorf("unexpected diagnostics: %v", ds)
	}
	if diff := cmp.Diff([]string{"de", "en-US"}, tr.Locales); diff != "" {
		t.Errorf("Locales (-want +got):\n%s", diff)
	}
	type pageInfo struct{ Locale, Path, File, Slug, Body string }
	var got []pageInfo
	for _, p := range tr.Pages {
		got = append(got, pageInfo{p.Locale, p.Path, p.File, p.Meta.Slug, string(p.Body)})
	}
	wantPages := []pageInfo{
		{"de", "de/web/api/closeevent/index.md", "content/de/web/api/closeevent/index.md", "Web/API/CloseEvent", "Text\n"},
		{"en-US", "en-us/web/api/closeevent/code/index.md", "content/en-us/web/api/closeevent/code/index.md", "Web/API/CloseEvent/code", "Text\n"},
		{"en-US", "en-us/web/api/closeevent/index.md", "content/en-us/web/api/closeevent/index.md", "Web/API/CloseEvent", "# CloseEvent\n"},
	}
	if diff := cmp.Diff(wantPages, got); diff != "" {
		t.Errorf("Pages (-want +got):\n%s", diff)
	}
	for _, p := range tr.Pages {
		if p.BodyLine != 5 {
			t.Errorf("%s: BodyLine = %d, want 5", p.Path, p.BodyLine)
		}
	}
	wantAssets := []Asset{
		{Locale: "en-US", Path: "en-us/web/api/closeevent/code/notes.txt", Dir: "en-us/web/api/closeevent/code"},
		{Locale: "en-US", Path: "en-us/web/api/closeevent/diagram.png", Dir: "en-us/web/api/closeevent"},
	}
	if diff := cmp.Diff(wantAssets, tr.Assets); diff != "" {
		t.Errorf("Assets (-want +got):\n%s", diff)
	}
}

func TestLoadLocalesOption(t *testing.T) {
	var dc diag.Collector
	tr, err := Load(tree(), Options{Name: "content", Locales: []string{"de"}}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"de"}, tr.Locales); diff != "" {
		t.Errorf("Locales (-want +got):\n%s", diff)
	}
	if len(tr.Pages) != 1 || tr.Pages[0].Locale != "de" {
		t.Errorf("Pages = %v, want the de page only", tr.Pages)
	}
	if len(tr.Assets) != 0 {
		t.Errorf("Assets = %v, want none (they are all en-US)", tr.Assets)
	}
}

// TestLoadProblems checks each problem Load reports, with its position,
// and whether the page is kept.
func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		data     string
		strict   bool
		wantPage bool
		wantFile string
		wantLine int
		wantCol  int
		wantSev  diag.Severity
		wantMsg  string
	}{
		{
			name:     "invalid UTF-8 in the body, strict",
			strict:   true,
			path:     "en-us/bad/index.md",
			data:     "---\ntitle: T\nslug: Bad\n---\nok\nab\xffc\n",
			wantFile: "content/en-us/bad/index.md",
			wantLine: 6, wantCol: 3,
			wantSev: diag.Error, wantMsg: "not valid UTF-8 (byte 0xff)",
		},
		{
			name:     "invalid UTF-8 in the front matter, strict",
			strict:   true,
			path:     "en-us/bad/index.md",
			data:     "---\ntitle: Gr\xf6\xdfe\nslug: Bad\n---\n",
			wantFile: "content/en-us/bad/index.md",
			wantLine: 2, wantCol: 10,
			wantSev: diag.Error, wantMsg: "not valid UTF-8 (byte 0xf6)",
		},
		{
			name:     "slug does not match the folder",
			path:     "en-us/web/api/wrong/index.md",
			data:     "---\ntitle: T\nslug: Web/API/Right\n---\n",
			wantPage: true,
			wantFile: "content/en-us/web/api/wrong/index.md",
			wantLine: 3, wantCol: 7, // the slug's value
			wantSev: diag.Warning, wantMsg: `slug "Web/API/Right" does not match the page's folder "web/api/wrong"`,
		},
		{
			name:     "slug does not match the folder, strict",
			path:     "en-us/web/api/wrong/index.md",
			data:     "---\ntitle: T\nslug: Web/API/Right\n---\n",
			strict:   true,
			wantPage: true,
			wantFile: "content/en-us/web/api/wrong/index.md",
			wantLine: 3, wantCol: 7, // the slug's value
			wantSev: diag.Error, wantMsg: `slug "Web/API/Right" does not match the page's folder "web/api/wrong"`,
		},
		{
			name:     "slug that escapes the tree, strict",
			strict:   true,
			path:     "en-us/etc/index.md",
			data:     "---\ntitle: T\nslug: ../etc\n---\n",
			wantFile: "content/en-us/etc/index.md",
			wantLine: 3, wantCol: 7, // the slug's value
			wantSev: diag.Error, wantMsg: `".." segment`,
		},
		{
			name:     "broken front matter, strict",
			strict:   true,
			path:     "en-us/x/index.md",
			data:     "---\ntitle: T\n",
			wantFile: "content/en-us/x/index.md",
			wantLine: 1, wantCol: 1,
			wantSev: diag.Error, wantMsg: "not closed",
		},
		{
			name:     "broken front matter: the page is left out, the rest builds",
			path:     "en-us/x/index.md",
			data:     "---\ntitle: T\n",
			wantFile: "content/en-us/x/index.md",
			wantLine: 1, wantCol: 1,
			wantSev: diag.Warning, wantMsg: "not closed: add a line '---' after its last key; the page is left out",
		},
		{
			name:     "invalid UTF-8: the page is left out, the rest builds",
			path:     "en-us/bad/index.md",
			data:     "---\ntitle: T\nslug: Bad\n---\nok\nab\xffc\n",
			wantFile: "content/en-us/bad/index.md",
			wantLine: 6, wantCol: 3,
			wantSev: diag.Warning, wantMsg: "not valid UTF-8 (byte 0xff); the page is left out",
		},
		{
			name:     "folder that is not a locale",
			path:     "@static/x/index.md",
			data:     "---\ntitle: T\nslug: X\n---\n",
			wantFile: "content/@static",
			wantSev:  diag.Warning, wantMsg: `folder "@static" is not a locale`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"en-us/ok/index.md": page("OK", "OK", ""),
				tt.path:             {Data: []byte(tt.data)},
			}
			var dc diag.Collector
			tr, err := Load(fsys, Options{Name: "content", Strict: tt.strict}, &dc)
			if err != nil {
				t.Fatal(err)
			}
			ds := dc.All()
			if len(ds) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(ds), ds)
			}
			d := ds[0]
			if d.Pos != (diag.Pos{File: tt.wantFile, Line: tt.wantLine, Col: tt.wantCol}) || d.Severity != tt.wantSev ||
				!strings.Contains(d.Message, tt.wantMsg) {
				t.Errorf("diagnostic = %v\nwant %s:%d:%d: %s: ...%s...", d, tt.wantFile, tt.wantLine, tt.wantCol, tt.wantSev, tt.wantMsg)
			}
			var paths []string
			for _, p := range tr.Pages {
				paths = append(paths, p.Path)
			}
			want := []string{"en-us/ok/index.md"}
			if tt.wantPage {
				want = append(want, tt.path)
			}
			if diff := cmp.Diff(want, paths); diff != "" {
				t.Errorf("pages (-want +got):\n%s", diff)
			}
		})
	}
}
