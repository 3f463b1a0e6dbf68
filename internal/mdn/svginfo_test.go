package mdn

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/site"
)

// treeEnv is the Env of one page of the tree fsys, loaded as a build
// loads it (bodies left out, read again on demand), with doku's
// catalogs and the tree's jsondata.
func treeEnv(t *testing.T, fsys fstest.MapFS, locale, slug string) *macro.Env {
	t.Helper()
	var dc diag.Collector
	tree, err := content.Load(fsys, content.Options{Name: "files", Lazy: true}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	s := site.New(tree, &dc)
	cats := i18n.Load(os.DirFS("../.."), "locales", s.Locales, &dc)
	p := s.Page(locale, slug)
	if p == nil {
		t.Fatalf("no page %s/%s", locale, slug)
	}
	return &macro.Env{Site: s, Page: p, L: cats.Localizer(locale, &dc), API: apidata.Load(fsys, "files", &dc),
		Body: func(q *site.Page) ([]byte, error) { return q.Src.ReadBody(fsys) }}
}

// mdPage is a page file with front matter and a body.
func mdPage(title, slug, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nslug: " + slug + "\n---\n" + body)}
}

// svgTree has the SVG elements a, circle and feDistantLight, the element
// index, a German a, and SVGData.json with a keyed and a spelled-out
// description.
func svgTree() fstest.MapFS {
	return fstest.MapFS{
		"jsondata/SVGData.json": {Data: []byte(`{"elements": {
			"a": {"categories": ["containerElement", "renderableElement"], "content": {"description": "anyNumberOfElementsAnyOrder",
				"elements": ["shapeElements", "textContentChildElements", "&lt;circle&gt;", "&lt;nosuch&gt;"]}},
			"feDiffuseLighting": {"categories": ["filterPrimitiveElement"], "content": {"description": {
				"en-US": "Exactly one <a href=\"/en-US/docs/Web/SVG/Reference/Element#light_source_elements\">light source</a>.",
				"pt-BR": "Um elemento."}}}
		}}`)},
		"en-us/web/svg/reference/element/index.md":                   mdPage("SVG elements", "Web/SVG/Reference/Element", "Index.\n"),
		"en-us/web/svg/reference/element/a/index.md":                 mdPage("<a>", "Web/SVG/Reference/Element/a", "{{SVGInfo}}\n"),
		"en-us/web/svg/reference/element/circle/index.md":            mdPage("<circle>", "Web/SVG/Reference/Element/circle", "Circle.\n"),
		"en-us/web/svg/reference/element/fediffuselighting/index.md": mdPage("<feDiffuseLighting>", "Web/SVG/Reference/Element/feDiffuseLighting", "Light.\n"),
		"en-us/web/svg/reference/element/nodata/index.md":            mdPage("<nodata>", "Web/SVG/Reference/Element/nodata", "None.\n"),
		"de/web/svg/reference/element/a/index.md":                    mdPage("<a>", "Web/SVG/Reference/Element/a", "{{SVGInfo}}\n"),
		"de/web/svg/reference/element/index.md":                      mdPage("SVG-Elemente", "Web/SVG/Reference/Element", "Index.\n"),
	}
}

func TestSVGInfo(t *testing.T) {
	tests := []struct {
		locale, slug string
		want         string
	}{
		{"en-US", "Web/SVG/Reference/Element/a", `<table class="properties"><tbody>` +
			`<tr><th scope="row">Categories</th><td>Container element, Renderable element</td></tr>` +
			`<tr><th scope="row">Permitted content</th><td>The elements below, each as often as needed, in any order:` +
			`<br/><a href="../index.html#shape_elements">Shape elements</a>` +
			`<br/><a href="../index.html#text_content_child_elements">Text content child elements</a>` +
			`<br/><a href="../circle/index.html"><code>&lt;circle&gt;</code></a>, ` +
			`<a class="page-not-created" title="This page has not been written yet"><code>&lt;nosuch&gt;</code></a>` +
			`</td></tr></tbody></table>`},
		// German words from doku's catalog; the index is German, the
		// circle's page English, marked.
		{"de", "Web/SVG/Reference/Element/a", `<tr><th scope="row">Kategorien</th><td>Containerelement, Darstellbares Element</td></tr>` +
			`<tr><th scope="row">Zulässiger Inhalt</th><td>Die folgenden Elemente, jedes beliebig oft, in beliebiger Reihenfolge:` +
			`<br/><a href="../index.html#shape_elements">Formelemente</a>`},
		{"de", "Web/SVG/Reference/Element/a", `<a href="../../../../../../../en-US/docs/Web/SVG/Reference/Element/circle/index.html"><code>&lt;circle&gt;</code></a><span class="fallback-marker">`},
		// A description spelled out in the data: its link resolved.
		{"en-US", "Web/SVG/Reference/Element/feDiffuseLighting", `<td>Exactly one <a href="../index.html#light_source_elements">light source</a>.</td>`},
	}
	for _, tt := range tests {
		got, err := run(t, treeEnv(t, svgTree(), tt.locale, tt.slug), "{{SVGInfo}}")
		if err != nil || !strings.Contains(got, tt.want) {
			t.Errorf("%s %s: got %s, %v\nwant it to hold %s", tt.locale, tt.slug, got, err, tt.want)
		}
	}
	// No data for the element: nothing shown, reported.
	out, err := run(t, treeEnv(t, svgTree(), "en-US", "Web/SVG/Reference/Element/nodata"), "{{SVGInfo}}")
	var de *macro.DataError
	if out != "" || !asData(err, &de) || !de.Quiet || de.HTML != "" || !strings.Contains(de.Msg, `no element "nodata"`) {
		t.Errorf("without data: %q, %v; want nothing and a quiet report", out, err)
	}
}

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{"shapeElements": "shape_elements", "textContentChildElements": "text_content_child_elements", "a": "a", "": ""} {
		if got := snakeCase(in); got != want {
			t.Errorf("snakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}
