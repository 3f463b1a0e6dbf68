package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
)

// repoRoot is this repository's own site. This file is the one place in
// cmd/doku that reads it: the tests here check that the site we publish
// is sound, not how doku behaves (the other tests use testdata/site.txtar
// for that).
const repoRoot = "../.."

// TestRepositorySite builds this repository's site as 'make site' does,
// hosted under a base URL, and checks it: the build is clean (doku.toml
// makes it strict, and there is no warning either), no link or fragment of
// any locale is broken, and its pages say what they should.
func TestRepositorySite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	base := "https://example.org/docs/"
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bundle", "-root", repoRoot, "-out", out, "-base-url", base}, &stdout, &stderr); code != 0 {
		t.Fatalf("build of the repository's site: exit %d: %s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "warning:") {
		t.Errorf("build of the repository's site has warnings:\n%s", stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"check", "-root", repoRoot, "-out", out, "-base-url", base}, &stdout, &stderr); code != 0 {
		t.Fatalf("check of the repository's site: exit %d:\n%s", code, stderr.String())
	}
	checkRepositoryPages(t, out, base)
}

// checkRepositoryPages checks that the pages a reader opens first say what
// they should in both languages: all 7 pages of each locale, the
// close-code table with German names and headings, and the compat and
// specification sections built from the shipped browser-compat subset.
func checkRepositoryPages(t *testing.T, out, base string) {
	t.Helper()
	read := func(rel string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	for _, l := range []string{"en-US", "de"} {
		pages := 0
		err := filepath.WalkDir(filepath.Join(out, l, "docs"), func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Name() == "index.html" {
				pages++
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if pages != 7 {
			t.Errorf("%s: %d pages, want 7", l, pages)
		}
	}
	de := read("de/docs/Web/API/CloseEvent/code/index.html")
	en := read("en-US/docs/Web/API/CloseEvent/code/index.html")
	for _, want := range []string{
		`<html lang="de">`,
		`>WebSocket-Statuscodes: 25 Einträge, einzelne Statuscodes und Bereiche</caption>`,
		`<th scope="col">Bedeutung</th>`,
		`<tr id="1006">`, `<tr id="1016">`, `<tr id="3000">`, `<tr id="3003">`, `<tr id="3008">`, `<tr id="4000">`,
		`<code>CLOSE_ABNORMAL</code>`,
		`hreflang="en-US" href="` + base + `en-US/docs/Web/API/CloseEvent/code/index.html"`,
		`<a href="../../../../../../en-US/docs/Web/API/CloseEvent/code/index.html" hreflang="en-US" lang="en-US">`,
		`id="browser-kompatibilität"`,
		`<caption id="bcd-api.CloseEvent.code">Browser-Kompatibilität von api.CloseEvent.code</caption>`,
		`<span class="bc-sr">Volle Unterstützung</span><span class="bc-version">15</span>`,
		`<th scope="col">Spezifikation</th>`,
		`>WebSockets Standard<br>`,
	} {
		if !strings.Contains(de, want) {
			t.Errorf("German code page lacks %s", want)
		}
	}
	if strings.Contains(de, "Abnormal Closure") {
		t.Error("German table shows an English close-code name")
	}
	for _, want := range []string{
		`<html lang="en-US">`,
		`<th scope="col">Meaning</th>`,
		`<tr id="1006">`,
		`id="browser_compatibility"`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English code page lacks %s", want)
		}
	}
	for _, l := range []string{"en-US", "de"} {
		bc := read(l + "/docs/Web/API/CloseEvent/Browser_compatibility/index.html")
		// Three tables: the interface, its constructor and its three
		// properties, each a row; WebSocketStream with its constructor and
		// four members; WebSocketError with its constructor and two
		// properties.
		if n := strings.Count(bc, `<table class="bc-table">`); n != 3 {
			t.Errorf("%s browser-compatibility page has %d compat tables, want 3", l, n)
		}
		if n := strings.Count(bc, `<th scope="row" class="bc-feature`); n != 5+6+4 {
			t.Errorf("%s browser-compatibility page has %d feature rows, want 15", l, n)
		}
		if strings.Contains(bc, `class="flaw"`) || strings.Contains(bc, "pending") {
			t.Errorf("%s browser-compatibility page shows a flaw or a placeholder", l)
		}
	}
	root := read("index.html")
	if !strings.Contains(root, `href="de/index.html"`) || !strings.Contains(root, `href="en-US/index.html"`) {
		t.Error("root page does not offer both languages")
	}
}

// TestRepositoryCloseCodes loads the site's own close-code table and
// checks it against RFC 6455 section 7.4, the IANA registry and the
// WebSockets Standard (close() accepts 1000 and 3000–4999 only), and that
// the site's catalogs define every name and description it uses.
func TestRepositoryCloseCodes(t *testing.T) {
	var dc diag.Collector
	tab, err := closecode.Load(os.DirFS(filepath.Join(repoRoot, "content")), closecode.Path, "content/"+closecode.Path, &dc)
	if err != nil {
		t.Fatal(err)
	}
	if tab == nil {
		t.Fatal("no table at content/" + closecode.Path)
	}
	if ds := dc.All(); len(ds) > 0 {
		t.Errorf("diagnostics: %v", ds)
	}
	byFrom := map[int]closecode.Entry{}
	for _, e := range tab.Entries {
		byFrom[e.From] = e
	}
	get := func(from int) closecode.Entry {
		t.Helper()
		e, ok := byFrom[from]
		if !ok {
			t.Fatalf("no entry starting at %d", from)
		}
		return e
	}
	// RFC 6455 7.4.1: 1005, 1006 and 1015 must not be sent in a close frame.
	for _, c := range []int{1005, 1006, 1015} {
		if e := get(c); e.Sendable || e.IsRange() {
			t.Errorf("%d: sendable %v, range %v; want a single code that must not be sent", c, e.Sendable, e.IsRange())
		}
	}
	// 1004 is only reserved for a future meaning; the RFC does not forbid
	// sending it, but the table, as for 1016-2999, lists it as not sent
	// while it has no meaning.
	if e := get(1004); e.Sendable || e.IsRange() {
		t.Errorf("1004: sendable %v, range %v; want a single reserved code, not sent while it has no meaning", e.Sendable, e.IsRange())
	}
	// close() accepts 1000 and 3000–4999, nothing else. Every entry
	// names where its meaning is defined.
	for _, e := range tab.Entries {
		want := e.From == 1000 && e.To == 1000 || e.From >= 3000 && e.To <= 4999
		if e.CloseMethod != want {
			t.Errorf("%d–%d: close-method %v, want %v", e.From, e.To, e.CloseMethod, want)
		}
		if !strings.Contains(e.Source, "RFC 6455") && !strings.Contains(e.Source, "IANA") {
			t.Errorf("%d–%d: source %q names neither RFC 6455 nor the IANA registry", e.From, e.To, e.Source)
		}
	}
	// The IANA registry assigns 3000 (Unauthorized), 3003 (Forbidden) and
	// 3008 (Timeout); 4000–4999 is private use, one range.
	for _, c := range []int{3000, 3003, 3008} {
		if e := get(c); e.IsRange() || !e.Sendable {
			t.Errorf("%d: range %v, sendable %v; want a single registered code", c, e.IsRange(), e.Sendable)
		}
	}
	if e := get(4000); e.To != 4999 {
		t.Errorf("entry from 4000 runs to %d, want 4999", e.To)
	}
	if e := get(1009); e.Constant != "CLOSE_TOO_LARGE" {
		t.Errorf("1009 constant = %q, want CLOSE_TOO_LARGE", e.Constant)
	}
	if e := get(1004); e.Constant != "" {
		t.Errorf("1004 constant = %q, want none (reserved; CLOSE_TOO_LARGE is 1009)", e.Constant)
	}
	if e := get(1014); e.To != 1014 {
		t.Errorf("1014 runs to %d, want a single code", e.To)
	}
	if e := get(1016); e.To != 2999 {
		t.Errorf("entry from 1016 runs to %d, want 2999 (one range)", e.To)
	}
	for _, c := range []int{2000, 2999} {
		if _, ok := byFrom[c]; ok {
			t.Errorf("an entry starts at %d; 1016–2999 must be one range", c)
		}
	}
	if !slices.IsSortedFunc(tab.Entries, func(a, b closecode.Entry) int { return a.From - b.From }) {
		t.Error("entries are not sorted by code")
	}

	locales := []string{"en-US", "de"}
	cats := i18n.Load(os.DirFS(repoRoot), "locales", locales, &dc)
	tab.CheckMessages(cats, locales, &dc)
	for _, d := range dc.All() {
		if d.Severity == diag.Error {
			t.Errorf("%v", d)
		}
	}
}
