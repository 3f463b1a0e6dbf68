package mdn

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/site"
)

// dataEnv is the Env of one page of a small tree, with doku's catalogs
// and the data folder testdata/data (nil data: no folder).
func dataEnv(t *testing.T, locale, slug string, data *refdata.Data) *macro.Env {
	t.Helper()
	page := func(slug, typ string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + slug + "\nslug: " + slug + "\npage-type: " + typ + "\n---\n")}
	}
	fsys := fstest.MapFS{
		"en-us/web/css/reference/properties/margin/index.md":          page("Web/CSS/Reference/Properties/margin", "css-shorthand-property"),
		"en-us/web/css/reference/properties/margin-top/index.md":      page("Web/CSS/Reference/Properties/margin-top", "css-property"),
		"en-us/web/css/reference/values/length/index.md":              page("Web/CSS/Reference/Values/length", "css-type"),
		"de/web/css/reference/properties/margin-top/index.md":         page("Web/CSS/Reference/Properties/margin-top", "css-property"),
		"en-us/mozilla/add-ons/webextensions/api/tabs/query/index.md": page("Mozilla/Add-ons/WebExtensions/API/tabs/query", "webextension-api-function"),
		"en-us/web/api/closeevent/index.md":                           page("Web/API/CloseEvent", "web-api-interface"),
	}
	var dc diag.Collector
	tree, err := content.Load(fsys, content.Options{Name: "files"}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	s := site.New(tree, &dc)
	cats := i18n.Load(os.DirFS("../.."), "locales", s.Locales, &dc)
	return &macro.Env{Site: s, Page: s.Page(locale, slug), L: cats.Localizer(locale, &dc), Data: data}
}

func run(t *testing.T, env *macro.Env, call string) (string, error) {
	t.Helper()
	c, err := macro.Parse([]byte(call))
	if err != nil {
		t.Fatal(err)
	}
	m, args, err := Registry().Check(c)
	if err != nil {
		t.Fatal(err)
	}
	res, err := m.Expand(env, args)
	return res.HTML, err
}

func loadData(t *testing.T) *refdata.Data {
	var dc diag.Collector
	d := refdata.Load("testdata/data", &dc)
	if len(dc.All()) > 0 {
		t.Fatal(dc.All())
	}
	return d
}

func TestCSSSyntax(t *testing.T) {
	env := dataEnv(t, "en-US", "Web/CSS/Reference/Properties/margin", loadData(t))
	got, err := run(t, env, "{{CSSSyntax}}")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<pre class="notranslate css-formal-syntax"><span class="token property" id="margin">margin = </span><br/>`,
		// The longhand links to its page; its definition follows.
		`<a href="../margin-top/index.html"><span class="token property">&lt;&#39;margin-top&#39;&gt;</span></a>{1,4}  <br/>`,
		`<span class="token property" id="&lt;margin-top&gt;">&lt;margin-top&gt; = </span><br/>`,
		// A type defined below is not linked; one without a syntax links to its page.
		`  <span class="token property">&lt;length-percentage&gt;</span>  |<br/>  <span class="token keyword">auto</span>`,
		// A bracketed syntax alone is laid out as its alternatives.
		`  <a href="../../Values/length/index.html"><span class="token property">&lt;length&gt;</span></a>      |<br/>  <span class="token property">&lt;percentage&gt;</span>  <br/></pre>`,
		`Sources: <a href="https://drafts.csswg.org/css-box-4/" class="external">CSS Box Model Module Level 4</a>, <a href="https://drafts.csswg.org/css-values-4/" class="external">CSS specification</a></footer>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s\nin %s", want, got)
		}
	}
	// Without data, or for a name the data lacks: nothing shown, reported.
	for _, env := range []*macro.Env{dataEnv(t, "en-US", "Web/CSS/Reference/Properties/margin", nil), dataEnv(t, "en-US", "Web/CSS/Reference/Values/length", loadData(t))} {
		out, err := run(t, env, "{{CSSSyntax}}")
		var de *macro.DataError
		if !asData(err, &de) || !de.Quiet || out != "" || de.HTML != "" || de.Kind != diag.Data {
			t.Errorf("%s: got %q, %v; want nothing and a quiet data error", env.Page.Slug, out, err)
		}
	}
}

func TestCSSSyntaxRaw(t *testing.T) {
	env := dataEnv(t, "en-US", "Web/CSS/Reference/Properties/margin", loadData(t))
	got, err := run(t, env, `{{CSSSyntaxRaw("<length-percentage>#")}}`)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "dummy") || !strings.HasPrefix(got, `<pre class="notranslate css-formal-syntax"><span class="token property" id="&lt;length-percentage&gt;">`) {
		t.Errorf("raw syntax without a name shows only its definitions: %s", got)
	}
}

func TestCSSInfo(t *testing.T) {
	got, err := run(t, dataEnv(t, "de", "Web/CSS/Reference/Properties/margin-top", loadData(t)), "{{CSSInfo}}")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<tr><th scope="row">Anfangswert</th><td><code>0</code></td></tr>`,
		`<tr><th scope="row">Gilt für</th><td>alle Elemente. Auch für <a class="page-not-created"`,
		`<tr><th scope="row">Vererbt</th><td>Nein</td></tr>`,
		// No German text: English.
		`<td>refer to the width of the containing block</td>`,
		`<td>wie angegeben</td>`,
		// Links of the data's texts resolved: the English page stands in.
		`eine <a href="../../../../../../../en-US/docs/Web/CSS/Reference/Values/length/index.html">Länge</a>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s\nin %s", want, got)
		}
	}
}

func TestWebExtExamples(t *testing.T) {
	env := dataEnv(t, "en-US", "Mozilla/Add-ons/WebExtensions/API/tabs/query", loadData(t))
	got, err := run(t, env, "{{WebExtExamples}}")
	if err != nil || got != `<h3>Example extensions</h3><ul><li><a href="https://github.com/mdn/webextensions-examples/tree/main/tabs-tabs-tabs" class="external">tabs-tabs-tabs</a></li></ul>` {
		t.Errorf("got %q, %v", got, err)
	}
	env.Data = &refdata.Data{Dir: "d"}
	if out, err := run(t, env, "{{WebExtExamples}}"); out != "" || err == nil || !strings.Contains(err.Error(), "d has no webext-examples.json") {
		t.Errorf("without the file: %q, %v", out, err)
	}
}

func TestInheritanceWithoutData(t *testing.T) {
	out, err := run(t, dataEnv(t, "en-US", "Web/API/CloseEvent", nil), "{{InheritanceDiagram}}")
	var de *macro.DataError
	if out != "" || !asData(err, &de) || !de.Quiet || de.HTML != "" {
		t.Errorf("got %q, %v; want nothing, reported", out, err)
	}
}

func asData(err error, de **macro.DataError) bool {
	d, ok := err.(*macro.DataError)
	*de = d
	return ok
}

func TestWebExtAllExamples(t *testing.T) {
	env := dataEnv(t, "de", "Web/CSS/Reference/Properties/margin-top", loadData(t))
	got, err := run(t, env, "{{WebExtAllExamples}}")
	want := `<table class="standard-table fullwidth-table"><thead><tr><th>Beispiel</th><th>Was es zeigt</th><th>Verwendete JavaScript-APIs</th></tr></thead><tbody>` +
		`<tr><td><a href="https://github.com/mdn/webextensions-examples/tree/main/tabs-tabs-tabs" class="external">tabs-tabs-tabs</a></td><td>Tabs.</td><td>` +
		`<a href="../../../../../../../en-US/docs/Mozilla/Add-ons/WebExtensions/API/tabs/query/index.html"><code>tabs.query</code></a><span class="fallback-marker">(Englisch)</span><br/>` +
		`<a class="page-not-created" title="Diese Seite ist noch nicht geschrieben"><code>tabs.move</code></a></td></tr>` +
		`<tr><td><a href="https://github.com/mdn/webextensions-examples/tree/main/store" class="external">store</a></td><td>Storage.</td><td>` +
		`<a class="page-not-created" title="Diese Seite ist noch nicht geschrieben"><code>storage.local</code></a></td></tr></tbody></table>`
	if err != nil || got != want {
		t.Errorf("got  %s, %v\nwant %s", got, err, want)
	}
	env.Data = nil
	if out, err := run(t, env, "{{WebExtAllExamples}}"); out != "" || err == nil {
		t.Errorf("without data: %q, %v; want nothing, reported", out, err)
	}
}

// A data text's link whose title holds "<" and ">" (mdn-data's French
// strings) is one tag, so its link is resolved like any other.
func TestAnchorTagQuoted(t *testing.T) {
	tag := `<a href="/fr/docs/Web/CSS/Reference/Values/color_value#interpolation" title="Les valeurs de type <couleur> sont interpolées">`
	for _, s := range []string{tag, strings.ReplaceAll(tag, `"`, `'`)} {
		if got := anchorTag.FindString("une " + s + "couleur</a>"); got != s {
			t.Errorf("anchorTag found %q, want %q", got, s)
		}
	}
	if got := anchorTag.FindString(`<a href="x">y</a>`); got != `<a href="x">` {
		t.Errorf("plain tag: got %q", got)
	}
}
