package i18n

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

const checkEN = `# source
[Greeting]
description = "Greeting on the home page."
other = "Hello, {{.Name}}"

[Pages]
description = "Page count."
one = "{{.Count}} page"
other = "{{.Count}} pages"

[Bold]
description = "Text with a tag."
other = "Read <b>this</b>"

[Plain]
description = "Plain text."
other = "Plain"

[Changed]
description = "English changed after translation."
other = "New English"

[Gone]
description = "Missing in German."
other = "Gone"
`

func hashOf(desc, other string) string {
	return SourceHash(&goi18n.Message{Description: desc, Other: other})
}

// checkDE has one message in each state, each with its hash where it
// should have one.
var checkDE = fmt.Sprintf(`# Deutsch
[Greeting]
description = "Greeting on the home page."
hash = %q
other = "Hallo, {{.Nme}}"

[Pages]
description = "Page count."
hash = %q
other = "{{.Count}} Seiten"
few = "{{.Count}} Seiten"

[Bold]
description = "Text with a tag."
hash = %q
other = "Lies <i>das</i>"

[Plain]
# doku: untranslated
description = "Plain text."
hash = %q
other = "Plain"

[Changed]
description = "English changed after translation."
hash = %q
other = "Altes Deutsch"

[Extra]
description = "No longer in English."
other = "Übrig"
`, hashOf("Greeting on the home page.", "Hello, {{.Name}}"), hashOf("Page count.", "{{.Count}} pages"),
	hashOf("Text with a tag.", "Read <b>this</b>"), hashOf("Plain text.", "Plain"), hashOf("English changed after translation.", "Old English"))

func parse(t *testing.T, p, locale, src string) *File {
	t.Helper()
	dc := &diag.Collector{}
	f := ParseFile(p, locale, []byte(src), dc)
	if f == nil {
		t.Fatalf("parse %s: %v", p, dc.All())
	}
	return f
}

// found lists diagnostics as "line kind message-id" for comparison.
func found(ds []diag.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		id := ""
		if i := strings.IndexByte(d.Message, '"'); i >= 0 {
			id = d.Message[i+1:]
			id = id[:strings.IndexByte(id, '"')]
		}
		out = append(out, fmt.Sprintf("%s:%d %s %s %s", d.Pos.File, d.Pos.Line, d.Severity, d.Kind, id))
	}
	return out
}

func TestCheckLocale(t *testing.T) {
	src := parse(t, "locales/en-US.toml", "en-US", checkEN)
	tr := parse(t, "locales/de.toml", "de", checkDE)
	dc := &diag.Collector{}
	CheckSource(src, dc)
	states := CheckLocale(src, tr, dc)
	got := found(dc.All())
	want := []string{
		"locales/de.toml:5 error catalog-placeholder Greeting", // lacks {{.Name}}
		"locales/de.toml:5 error catalog-placeholder Greeting", // has {{.Nme}}
		"locales/de.toml:7 error catalog-plural Pages",         // lacks one
		"locales/de.toml:11 warning catalog-plural Pages",      // few never used in German
		"locales/de.toml:16 error catalog-placeholder Bold",
		"locales/de.toml:16 error catalog-placeholder Bold",
		"locales/de.toml:19 warning catalog-untranslated Plain",
		"locales/de.toml:26 warning catalog-stale Changed",
		"locales/de.toml:28 error catalog-missing Gone", // after Changed, where sync puts it
		"locales/de.toml:29 warning catalog-obsolete Extra",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	byID := map[string]State{}
	for _, s := range states {
		byID[s.ID] = s.State
	}
	wantStates := map[string]State{"Greeting": Translated, "Pages": Translated, "Bold": Translated,
		"Plain": Untranslated, "Changed": Stale, "Gone": Missing, "Extra": Obsolete}
	for id, st := range wantStates {
		if byID[id] != st {
			t.Errorf("%s: state %q, want %q", id, byID[id], st)
		}
	}
	for _, d := range dc.All() {
		if d.Hint == "" {
			t.Errorf("%v: no hint on how to fix it", d)
		}
	}
}

// TestCheckDoneWhen: removing a German message fails the check naming
// it; changing an English message makes its translation stale.
func TestCheckDoneWhen(t *testing.T) {
	en := "[A]\ndescription = \"a\"\nother = \"Apple\"\n\n[B]\ndescription = \"b\"\nother = \"Pear\"\n"
	de := fmt.Sprintf("[A]\ndescription = \"a\"\nhash = %q\nother = \"Apfel\"\n\n[B]\ndescription = \"b\"\nhash = %q\nother = \"Birne\"\n",
		hashOf("a", "Apple"), hashOf("b", "Pear"))
	run := func(en, de string) (*diag.Collector, []Status) {
		dc := &diag.Collector{}
		st := CheckLocale(parse(t, "en-US.toml", "en-US", en), parse(t, "de.toml", "de", de), dc)
		return dc, st
	}
	if dc, _ := run(en, de); len(dc.All()) != 0 {
		t.Fatalf("clean catalogs: %v", dc.All())
	}
	removed := de[:strings.Index(de, "[B]")]
	dc, _ := run(en, removed)
	if !dc.HasErrors() || !strings.Contains(dc.All()[0].Message, `"B"`) {
		t.Errorf("removed German message: %v", dc.All())
	}
	dc, st := run(strings.Replace(en, "Pear", "Pears", 1), de)
	if dc.HasErrors() || st[1].State != Stale || dc.All()[0].Kind != "catalog-stale" {
		t.Errorf("changed English message: %v %v", st, dc.All())
	}
}

func TestCheckEmptyAndSource(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", "[A]\ndescription = \"a\"\nother = \"\"\n\n[N]\ndescription = \"n\"\none = \"{{.Count}} x\"\n")
	dc := &diag.Collector{}
	CheckSource(src, dc)
	got := found(dc.All())
	want := []string{"en-US.toml:3 error catalog-empty A", "en-US.toml:5 error catalog-plural N"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	tr := parse(t, "de.toml", "de", "[A]\nother = \"  \"\n")
	dc = &diag.Collector{}
	CheckLocale(parse(t, "en-US.toml", "en-US", "[A]\nother = \"x\"\n"), tr, dc)
	if got := found(dc.All()); !slices.Contains(got, "de.toml:2 error catalog-empty A") {
		t.Errorf("blank translation: %q", got)
	}
}

func TestRequiredForms(t *testing.T) {
	for locale, want := range map[string][]string{
		"de": {"one", "other"}, "en-US": {"one", "other"}, "ja": {"other"}, "pl": {"one", "few", "many", "other"},
	} {
		if got := RequiredForms(locale); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", locale, got, want)
		}
	}
}

func TestSyntaxErrorPosition(t *testing.T) {
	dc := &diag.Collector{}
	if f := ParseFile("de.toml", "de", []byte("[A]\nother = \"ok\"\n\n[B]\nother = \"unclosed\n"), dc); f != nil {
		t.Fatal("parsed a broken catalog")
	}
	ds := dc.All()
	if len(ds) != 1 || ds[0].Pos.Line != 5 || ds[0].Pos.File != "de.toml" {
		t.Errorf("got %v, want one error at de.toml:5", ds)
	}
}
