package bundle

import (
	"archive/zip"
	"bytes"
	"io"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestRewriteKeepsAllButLinksOut(t *testing.T) {
	page := "de/docs/A/index.html"
	src := `<!DOCTYPE html>
<link rel="alternate" hreflang="en-US" href="../../../en-US/docs/A/index.html">
<link rel="stylesheet" href="../../../static/a.css">
<p class=x>Text &amp; <a href="../B/index.html#top">B</a>, <a href='../../../en-US/docs/C/index.html#x' lang=en-US>C&amp;D</a>
<img src="../../../en-US/docs/C/pic.png" alt="">
<a href="https://example.com/">out</a> <a href="#here">here</a>
<script src="../../../static/s.js"></script>
`
	in := map[string]bool{"de/docs/B/index.html": true, "static/a.css": true, "static/s.js": true}
	has := func(p string) bool { return in[p] }

	got := string(Rewrite(page, []byte(src), has, nil))
	want := strings.NewReplacer(
		`<link rel="alternate" hreflang="en-US" href="../../../en-US/docs/A/index.html">`, ``,
		`<a href='../../../en-US/docs/C/index.html#x' lang=en-US>`, `<a lang="en-US">`,
		`<img src="../../../en-US/docs/C/pic.png" alt="">`, ``,
	).Replace(src)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("without base URL (-want +got):\n%s", diff)
	}

	base, _ := url.Parse("https://example.org/docs/")
	got = string(Rewrite(page, []byte(src), has, base))
	want = strings.NewReplacer(
		`href="../../../en-US/docs/A/index.html"`, `href="https://example.org/docs/en-US/docs/A/index.html"`,
		`<a href='../../../en-US/docs/C/index.html#x' lang=en-US>`, `<a href="https://example.org/docs/en-US/docs/C/index.html#x" lang="en-US">`,
		`<img src="../../../en-US/docs/C/pic.png" alt="">`, `<img src="https://example.org/docs/en-US/docs/C/pic.png" alt="">`,
	).Replace(src)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("with base URL (-want +got):\n%s", diff)
	}
}

func TestWriteLeavesOutHostedOnlyAndOtherLocales(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":              {Data: []byte("chooser")},
		"404.html":                {Data: []byte("x")},
		"robots.txt":              {Data: []byte("x")},
		"sitemap.xml":             {Data: []byte("x")},
		"sitemap-de.xml":          {Data: []byte("x")},
		"download/doku-de.zip":    {Data: []byte("x")},
		"static/a.css":            {Data: []byte("x")},
		"static/a.css.gz":         {Data: []byte("x")},
		"de/index.html":           {Data: []byte(`<a href="../en-US/index.html">en</a>`)},
		"de/404.html":             {Data: []byte("x")},
		"de/docs/sitemap.xml":     {Data: []byte("content, kept")},
		"de-x/a.html":             {Data: []byte("sorts before de/ as a string")},
		"en-US/index.html":        {Data: []byte("x")},
		"en-US/docs/X/index.html": {Data: []byte("x")},
	}
	opt := Options{Locales: []string{"de"}, AllLocales: []string{"en-US", "de"}, Root: []byte("only de")}
	var buf bytes.Buffer
	if err := Write(&buf, fsys, opt); err != nil {
		t.Fatal(err)
	}
	got, names := unzip(t, buf.Bytes())
	if diff := cmp.Diff([]string{"de-x/a.html", "de/docs/sitemap.xml", "de/index.html", "index.html", "static/a.css"}, names); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if got["index.html"] != "only de" || got["de/index.html"] != "<a>en</a>" {
		t.Errorf("index.html %q, de/index.html %q", got["index.html"], got["de/index.html"])
	}
	var again bytes.Buffer
	if err := Write(&again, fsys, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the same site gives other bytes")
	}
}

// unzip returns the archive's files and their names in archive order,
// checking every entry's fixed time.
func unzip(t *testing.T, data []byte) (map[string]string, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	var names []string
	for _, f := range zr.File {
		if !f.Modified.Equal(Epoch) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = string(b)
		names = append(names, f.Name)
	}
	return files, names
}
