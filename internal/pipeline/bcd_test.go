package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"

	"golang.org/x/tools/txtar"
)

// bcdSite writes a one-page site with the catalogs of siteFixture, which
// hold the compat and specification tables' messages; files adds or
// replaces files by path.
func bcdSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	all := map[string]string{
		"doku.toml": "locales = [\"en-US\", \"de\"]\n",
		"content/en-us/web/api/thing/index.md": "---\ntitle: Thing\nslug: Web/API/Thing\npage-type: web-api-interface\nbrowser-compat: api.Thing\n---\n\n" +
			"## Specifications\n\n{{Specifications}}\n\n## Browser compatibility\n\n{{Compat}}\n\n{{Compat(\"api.Gone\")}}\n",
		"content/en-us/web/api/thing/guide/index.md": "---\ntitle: Guide\nslug: Web/API/Thing/Guide\npage-type: guide\n" +
			"spec-urls:\n  - https://html.spec.whatwg.org/multipage/x.html#y\n  - https://nowhere.example/spec\n---\n\n{{Specifications}}\n",
		"content/data/spec-titles.toml": "\"https://html.spec.whatwg.org/\" = \"HTML Standard\"\n",
		"content/data/browser-compat.json": `{"browsers": {"chrome": {"name": "Chrome", "type": "desktop"}},
"api": {"Thing": {"__compat": {"spec_url": "https://thing.example/#it", "support": {"chrome": {"version_added": "7"}}}}}}`,
	}
	a, err := txtar.ParseFile(siteFixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		if strings.HasPrefix(f.Name, "locales/") {
			all[f.Name] = string(f.Data)
		}
	}
	if all["locales/en-US.toml"] == "" || all["locales/de.toml"] == "" {
		t.Fatalf("%s has no catalogs", siteFixture)
	}
	for k, v := range files {
		all[k] = v
	}
	for name, data := range all {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestBCDDefault builds with the content tree's data/browser-compat.json:
// the page's key renders, a missing key is reported at its call and
// the page says there is no data.
func TestBCDDefault(t *testing.T) {
	root := bcdSite(t, nil)
	out := filepath.Join(root, "site")
	res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme})
	if err != nil {
		t.Fatalf("build: %v\n%s", err, diagText(res.Diagnostics, root))
	}
	if len(res.Diagnostics) != 1 {
		t.Fatalf("diagnostics:\n%s", diagText(res.Diagnostics, root))
	}
	d := res.Diagnostics[0]
	if d.Kind != "bcd" || d.Pos.Line != 16 || d.Pos.Col != 1 || !strings.HasSuffix(d.Pos.File, "thing/index.md") ||
		!strings.Contains(d.Message, `no browser-compat data for "api.Gone"`) {
		t.Errorf("diagnostic %v; want a bcd flaw for api.Gone at line 16", d)
	}
	page, err := os.ReadFile(filepath.Join(out, "en-US/docs/Web/API/Thing/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<span class="bc-version">7</span>`,
		`<a href="https://thing.example/#it">thing.example<br><span class="spec-fragment"># it</span></a>`,
		// As on MDN, a line says so where the table would be.
		`<p class="compat-no-data">No data for api.Gone.</p>`,
	} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %s", want)
		}
	}
	guide, err := os.ReadFile(filepath.Join(out, "en-US/docs/Web/API/Thing/Guide/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<a href="https://html.spec.whatwg.org/multipage/x.html#y">HTML Standard<br><span class="spec-fragment"># y</span></a>`,
		`<a href="https://nowhere.example/spec">nowhere.example</a>`,
	} {
		if !strings.Contains(string(guide), want) {
			t.Errorf("guide page (spec-urls) lacks %s", want)
		}
	}
	// Strict makes the flaw fail the build.
	_, err = Build(Options{Root: root, Out: out, Theme: doku.Theme, Strict: true})
	var failed *ErrFailed
	if !errors.As(err, &failed) {
		t.Errorf("strict build: %v, want it to fail", err)
	}
}

// TestBCDChoice checks where the data comes from: -bcd over doku.toml's
// bcd over the content tree's file; a broken file is an error at its
// position, and fails the build.
func TestBCDChoice(t *testing.T) {
	other := `{"browsers": {"firefox": {"name": "Firefox", "type": "desktop"}},
"api": {"Thing": {"__compat": {"support": {"firefox": {"version_added": "99"}}}}, "Gone": {"__compat": {"support": {}}}}}`
	root := bcdSite(t, map[string]string{
		"doku.toml":       "locales = [\"en-US\", \"de\"]\nbcd = \"data/other.json\"\n",
		"data/other.json": other,
		"broken.json":     "{\"api\": {\n  \"Thing\": {\"__compat\": {]}}}",
	})
	out := filepath.Join(root, "site")
	res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme})
	if err != nil || len(res.Diagnostics) != 0 {
		t.Fatalf("build with doku.toml's bcd: %v\n%s", err, diagText(res.Diagnostics, root))
	}
	page, _ := os.ReadFile(filepath.Join(out, "de/docs/Web/API/Thing/index.html"))
	if len(page) != 0 {
		t.Error("a German page was written where none exists")
	}
	page, _ = os.ReadFile(filepath.Join(out, "en-US/docs/Web/API/Thing/index.html"))
	if !strings.Contains(string(page), `<span class="bc-version">99</span>`) {
		t.Error("doku.toml's bcd file was not used")
	}

	res, err = Build(Options{Root: root, Out: out, Theme: doku.Theme, BCD: filepath.Join(root, "broken.json")})
	var failed *ErrFailed
	if !errors.As(err, &failed) {
		t.Fatalf("broken -bcd file: %v, want the build to fail", err)
	}
	want := diag.Pos{File: filepath.Join(root, "broken.json"), Line: 2, Col: 26}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Pos != want || res.Diagnostics[0].Kind != "bcd" {
		t.Errorf("diagnostics %v, want one bcd error at %v", res.Diagnostics, want)
	}

	res, err = Build(Options{Root: root, Out: out, Theme: doku.Theme, BCD: filepath.Join(root, "missing.json")})
	if !errors.As(err, &failed) || len(res.Diagnostics) != 1 || res.Diagnostics[0].Pos.File != "-bcd" {
		t.Errorf("missing -bcd file: %v %v", err, res.Diagnostics)
	}
}

// TestRelativeOut builds into an output folder named relative to the
// working directory, as 'make site' does (-out site).
func TestRelativeOut(t *testing.T) {
	root, err := filepath.Abs(bcdSite(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	if _, err := Build(Options{Root: ".", Out: "site", Theme: doku.Theme}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "site/en-US/docs/Web/API/Thing/index.html")); err != nil {
		t.Error(err)
	}
}
