package render

import (
	"bytes"
	"html/template"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/site"
)

// treeTemplate is the template doku's theme wrote sidebars with before
// sidebarData.HTML; the writers must write what it wrote.
const treeTemplate = `{{define "groups"}}
  <a class="sidebar-root{{if .Root.Current}} current{{end}}" href="{{.Root.Href}}"{{if .Root.Current}} aria-current="page"{{end}}><code>{{.Root.Title}}</code></a>
  {{- range .Groups}}
  <h2>{{.Label}}</h2>
  <ul>
    {{- range .Items}}
    <li><a href="{{.Href}}"{{if .Current}} aria-current="page" class="current"{{end}}>{{.Title}}</a>{{if .Fallback}} <span class="fallback-marker">{{$.L.T "Link.OnlyInEnglish"}}</span>{{end}}</li>
    {{- end}}
  </ul>
  {{- end}}{{end}}

{{define "sidebar-tree"}}<ol class="sidebar-tree">
  {{- range .}}
  <li{{if .Section}} class="section"{{end}}>{{if .Details}}<details{{if .Open}} open{{end}}><summary>{{end -}}
  {{template "sidebar-label" .}}
  {{- if .Details}}</summary>{{end}}
  {{- if .Children}}{{template "sidebar-tree" .Children}}{{end}}
  {{- if .Details}}</details>{{end}}</li>
  {{- end}}
</ol>{{end}}

{{define "sidebar-label"}}{{if .Href -}}
  <a href="{{.Href}}"{{if .Current}} aria-current="page" class="current"{{end}}>{{if .Code}}<code>{{.Title}}</code>{{else}}{{.Title}}{{end}}</a>{{with .Marker}} <span class="fallback-marker">{{.}}</span>{{end}}
{{- else if .Title -}}
  <span>{{if .Code}}<code>{{.Title}}</code>{{else}}{{.Title}}{{end}}</span>
{{- end}}{{end}}`

// link is a sidebar entry leading to the en-US page at slug.
func link(title, slug string) sidebarNode {
	return sidebarNode{Title: title, target: site.OutPath("en-US", slug), slug: slug}
}

// testTree has what a sidebar file makes: sections, labels, folds open
// and closed, code, markers, fragments, titles and slugs that need
// escaping, a page linked twice, and a slug whose relative link looks
// like a URL scheme.
func testTree() []sidebarNode {
	pseudo := link(":-moz-broken", "Web/CSS/:-moz-broken")
	return []sidebarNode{
		{Title: "Guides & <tutorials>", Section: true},
		link("Overview", "Web/CSS"),
		{Title: "Properties", Details: true, Children: []sidebarNode{
			link("color", "Web/CSS/color"),
			{Title: "background", Code: true, target: site.OutPath("en-US", "Web/CSS/background"), slug: "Web/CSS/background", Marker: "(Englisch)"},
			{Title: "Box model", Details: true, Children: []sidebarNode{
				link("margin + padding", "Web/CSS/margin"),
				link("\"quoted\" 'single' \x00", "Web/CSS/Größe (100%)"),
				pseudo,
			}},
			{Title: "Fragment", target: site.OutPath("en-US", "Web/CSS/margin"), hash: "#syntax&more", slug: "Web/CSS/margin"},
			link("margin again", "Web/CSS/margin"),
		}},
		{Title: "Open fold", Details: true, Open: true, Children: []sidebarNode{link("Selectors", "Web/CSS/Selectors")}},
		{Title: "Current fold", Details: true, target: site.OutPath("en-US", "Web/CSS/Selectors/x"), slug: "Web/CSS/Selectors/x",
			Children: []sidebarNode{link("y", "Web/CSS/Selectors/x/y")}},
		{},
	}
}

// TestTreeHTMLMatchesTemplate writes the test tree as seen from pages
// at several places (one linked, one linked twice, one folding entries,
// one at the root, one not in the tree) with treeHTML and with the
// template, and compares.
func TestTreeHTMLMatchesTemplate(t *testing.T) {
	tmpl := template.Must(template.New("").Parse(treeTemplate))
	nodes := testTree()
	for _, slug := range []string{"Web/CSS", "Web/CSS/margin", "web/css/MARGIN", "Web/CSS/Selectors", "Web/CSS/Selectors/x",
		"Web/CSS/Größe (100%)", "Web/CSS/:-moz-broken", "", "Somewhere/Else/Entirely"} {
		p := &site.Page{Locale: "en-US", Slug: slug}
		sb := treeSidebar(nodes, p)
		var want bytes.Buffer
		if err := tmpl.ExecuteTemplate(&want, "sidebar-tree", sb.Tree()); err != nil {
			t.Fatal(err)
		}
		if got := string(sb.html); got != want.String() {
			t.Errorf("page %q:\n got %s\nwant %s", slug, got, want.String())
		}
	}
	// The shared entries are the same after every page.
	if fresh := testTree(); len(fresh) != len(nodes) || nodes[2].Children[4].Href != "" || nodes[2].Open {
		t.Error("treeHTML changed the shared entries")
	}
}

// TestEscapersMatchTemplate compares the escapers with html/template on
// values that need each kind of escaping, and on every byte.
func TestEscapersMatchTemplate(t *testing.T) {
	text := template.Must(template.New("").Parse(`<p title="{{.}}">{{.}}</p>`))
	href := template.Must(template.New("").Parse(`<a href="{{.}}">`))
	values := []string{"", "plain", `<b>"x" & 'y' + z</b>`, "a\x00b", "ümlaut €", "\xff\xfe broken",
		"../x/index.html", "x/index.html#a b", "javascript:alert(1)", ":-moz-broken/index.html", "../:-moz/index.html",
		"HTTP://example.org/a?b=c&d=e", "mailto:x@y", "ftp://x", "100%", "%41%4g%", "a(b)c'd\"e<f>g", "a/b:c", "#frag:x",
		"[]!$*,;=@~", "tab\there\nline", "httpſ://x", "HtTpS:x", "mailto", "http/x:y"}
	for c := range 256 {
		values = append(values, string([]byte{'a', byte(c), 'b'}), string([]byte{byte(c)}))
	}
	for _, v := range values {
		var want bytes.Buffer
		if err := text.Execute(&want, v); err != nil {
			t.Fatal(err)
		}
		e := string(appendHTMLText(nil, v))
		if got := `<p title="` + e + `">` + e + `</p>`; got != want.String() {
			t.Errorf("text %q: got %q, want %q", v, got, want.String())
		}
		want.Reset()
		if err := href.Execute(&want, v); err != nil {
			t.Fatal(err)
		}
		if got := `<a href="` + string(appendURLAttr(nil, v)) + `">`; got != want.String() {
			t.Errorf("href %q: got %q, want %q", v, got, want.String())
		}
		if got := `<a href="` + string(appendURLAttr(nil, []byte(v))) + `">`; got != want.String() {
			t.Errorf("href %q as bytes: got %q, want %q", v, got, want.String())
		}
	}
}

// TestAppendRelURL checks the link writers against site.RelURL.
func TestAppendRelURL(t *testing.T) {
	paths := []string{"index.html", "en-US/index.html", "en-US/docs/index.html", "en-US/docs/Web/CSS/index.html",
		"en-US/docs/Web/CSS/color/index.html", "de/docs/Web/CSS/index.html", "en-US/docs/Web/CSSOM/index.html",
		"en-US/docs/Web/CSS/a/b/c/index.html", "a//b/index.html", "en-US/docs/Web",
		"en-US/docs/Web/CSS/:hover/index.html", "en-US/docs/Web/CSS/:hover/x:y/index.html", "a:b/index.html"}
	for _, from := range paths {
		for _, to := range paths {
			if got, want := string(appendRelURL(nil, splitDir(from), to)), site.RelURL(from, to); got != want {
				t.Errorf("from %s to %s: got %q, want %q", from, to, got, want)
			}
			if got, want := relHref(from, to), site.RelURL(from, to); got != want {
				t.Errorf("relHref from %s to %s: got %q, want %q", from, to, got, want)
			}
		}
	}
}

// TestGroupsHTMLMatchesTemplate writes sidebars of groups, with and
// without the current page and links to English pages, with writeGroups
// and with the template, and compares.
func TestGroupsHTMLMatchesTemplate(t *testing.T) {
	tmpl := template.Must(template.New("").Parse(treeTemplate))
	fsys := fstest.MapFS{"locales/de.toml": {Data: []byte("\"Link.OnlyInEnglish\" = \"(Englisch & <mehr>)\"\n")}}
	var dc diag.Collector
	l := i18n.Load(fsys, "locales", []string{"de"}, &dc).Localizer("de", &dc)
	if got := l.T("Link.OnlyInEnglish"); got != "(Englisch & <mehr>)" {
		t.Fatalf("catalog not read: %q %v", got, dc.All())
	}
	for _, sb := range []*sidebarData{
		{Root: navItem{Title: "CloseEvent", Href: "../index.html"}},
		{Root: navItem{Title: "Web APIs <x>", Href: "index.html", Current: true}, Groups: []sidebarGroup{
			{Label: "Eigenschaften", Items: []navItem{
				{Title: "code", Href: "../code/index.html", Current: true},
				{Title: "reason + 'x'", Href: "../Größe (1)/index.html", Fallback: true},
				{Title: ":-moz-broken", Href: ":-moz-broken/index.html"},
			}},
			{Label: "Leer"},
		}},
	} {
		var want bytes.Buffer
		data := struct {
			*sidebarData
			L *i18n.Localizer
		}{sb, l}
		if err := tmpl.ExecuteTemplate(&want, "groups", data); err != nil {
			t.Fatal(err)
		}
		sb.writeGroups(l)
		if got := "\n  " + string(sb.html); got != want.String() {
			t.Errorf("\n got %s\nwant %s", got, want.String())
		}
	}
}
