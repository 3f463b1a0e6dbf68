package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSiteOverridesTheme: a site's layouts and static files replace the
// default theme's files of the same name and keep the others.
func TestSiteOverridesTheme(t *testing.T) {
	base := fstest.MapFS{
		"layouts/page.html": {Data: []byte(`base page {{template "part" .}}`)},
		"layouts/part.html": {Data: []byte(`{{define "part"}}base part{{end}}`)},
		"static/a.css":      {Data: []byte("base a")},
		"static/b.css":      {Data: []byte("base b")},
	}
	site := fstest.MapFS{
		"layouts/part.html": {Data: []byte(`{{define "part"}}site part {{.}}{{end}}`)},
		"static/b.css":      {Data: []byte("site b")},
	}
	th, err := Load(base, site)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := th.Execute(&b, "page.html", "<x>"); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "base page site part &lt;x&gt;" {
		t.Errorf("page = %q", got)
	}
	got := map[string]string{}
	for _, f := range th.Static {
		data, _ := f.FS.(fstest.MapFS)[f.Path]
		got[f.Name] = string(data.Data)
	}
	if got["a.css"] != "base a" || got["b.css"] != "site b" || len(got) != 2 {
		t.Errorf("static = %v", got)
	}
}

func TestBadLayoutIsAnError(t *testing.T) {
	base := fstest.MapFS{"layouts/page.html": {Data: []byte(`{{if}}`)}}
	if _, err := Load(base, nil); err == nil || !strings.Contains(err.Error(), "layouts/page.html") {
		t.Errorf("err = %v, want one naming layouts/page.html", err)
	}
}

// TestStaticSymlinksSkipped: a symbolic link among the static files could
// point anywhere on the machine; it is listed, not published.
func TestStaticSymlinksSkipped(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"layouts", "static"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "layouts/page.html"), []byte("page"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "static/a.css"), []byte("a"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "static/leak.txt")); err != nil {
		t.Fatal(err)
	}
	th, err := Load(os.DirFS(dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(th.Static) != 1 || th.Static[0].Name != "a.css" {
		t.Errorf("static files %v, want only a.css", th.Static)
	}
	if len(th.Symlinks) != 1 || th.Symlinks[0] != "static/leak.txt" {
		t.Errorf("Symlinks = %v, want static/leak.txt", th.Symlinks)
	}
}
