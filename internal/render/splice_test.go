package render

import (
	"bytes"
	"html/template"
	"io"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/assets"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/layout"
)

type templates struct{ *template.Template }

func (t templates) Execute(w io.Writer, name string, data any) error {
	return t.ExecuteTemplate(w, name, data)
}

// direct runs layout with the parts themselves, as before splicing.
func direct(t *testing.T, l layouts, layout string, d pageData) string {
	t.Helper()
	d.splice = nil
	if d.Sidebar != nil {
		d.Sidebar.splice = nil
	}
	var b bytes.Buffer
	if err := l.Execute(&b, layout, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSpliceSameAsTemplate runs layouts that print the body and
// sidebar in HTML text, and layouts that do other things with them, and
// compares each page with the one the layout makes of the parts
// themselves: the same, and spliced only where the parts are printed
// whole in text.
func TestSpliceSameAsTemplate(t *testing.T) {
	for _, tc := range []struct {
		layout  string
		spliced bool
	}{
		{`<main>{{.Body}}</main>`, true},
		{`{{.Body}}|{{.Body}}{{with .Sidebar}}<nav>{{.HTML}}</nav>{{end}}`, true},
		{`<p>no parts</p>`, true},
		{`<a title="{{.Body}}">x</a>`, false},
		{`{{if .Body}}{{.Body}}{{else}}empty{{end}}`, false},
		{`{{len .Body}}`, false},
		{`{{printf "%s%s" .Body .Body}}`, false},
		{`<script>var s = {{.Body}};</script>`, false},
		{`<textarea>{{.Body}}</textarea>`, false},
		{`{{.Body}}{{with .Sidebar}}<a href="{{.HTML}}">x</a>{{end}}`, false},
	} {
		tmpl := templates{template.Must(template.New("page").Parse(tc.layout))}
		for _, body := range []string{"", "<p>Body &amp; <code>x</code></p>\x00", "\x00doku-body-0\x00"} {
			d := pageData{Title: "T", body: []byte(body), Sidebar: &sidebarData{html: []byte(`<a href="a">b</a>`)}}
			want := direct(t, tmpl, "page", d)
			var got bytes.Buffer
			got.WriteString("before")
			spliced, err := runLayout(tmpl, &got, "page", d)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != "before"+want {
				t.Errorf("%s with body %q:\n got %q\nwant %q", tc.layout, body, got.String(), "before"+want)
			}
			if tc.spliced != spliced && body != "" {
				t.Errorf("%s: spliced %v, want %v", tc.layout, spliced, tc.spliced)
			}
		}
	}
}

// TestDefaultPageLayoutSplices checks that doku's own page layout gets
// its body and sidebar spliced, and that the page is the same.
func TestDefaultPageLayoutSplices(t *testing.T) {
	th, err := layout.Load(doku.Theme, nil)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"chroma.css": nil} // written by the build
	for _, f := range th.Static {
		files[f.Name] = []byte(f.Name)
	}
	var dc diag.Collector
	l := i18n.Load(doku.Catalogs, "locales", []string{"en-US"}, &dc).Localizer("en-US", &dc)
	d := pageData{L: l, Lang: "en-US", Title: "T", TitleHTML: "<code>T</code>", body: []byte("<p>Body &amp; more</p>"),
		Root: "../", Home: "../index.html", Sidebar: &sidebarData{html: []byte(`<a href="x">In the sidebar</a>`)},
		assets: assets.New(files)}
	want := direct(t, th, "page.html", d)
	var got bytes.Buffer
	spliced, err := runLayout(th, &got, "page.html", d)
	if err != nil {
		t.Fatal(err)
	}
	if !spliced {
		t.Error("the page layout ran twice: it no longer prints .Body and .Sidebar.HTML as they are")
	}
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
	for _, s := range []string{"<p>Body &amp; more</p>", "In the sidebar"} {
		if !bytes.Contains(got.Bytes(), []byte(s)) {
			t.Errorf("page lacks %q", s)
		}
	}
}
