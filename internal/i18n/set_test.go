package i18n

import (
	"fmt"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// setDE: First translated with a comment above and a trailing comment,
// Third stale with its marker, Count untranslated, Second missing, Long a
// multi-line string; Old is obsolete.
var setDE = fmt.Sprintf(`# Deutsch, von Hand gepflegt

# Die erste Nachricht.
[First]
description = "first"
hash = %q
other = "Eins" # bleibt kurz

[Count]
# doku: untranslated
description = "count"
hash = %q
one = "{{.Count}} item"
other = "{{.Count}} items"

[Third]
# doku: stale: the English now reads "Three, changed"
  description = "third"
  hash = %q
  other = "Drei"

[Old]
other = "Alt"
`, hashOf("first", "One"), hashOf("count", "{{.Count}} items"), hashOf("third", "Three"))

func TestSetTranslation(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN)
	tests := []struct {
		id    string
		forms map[string]string
		want  string // the lines that replace the message's, in the diff below
	}{
		{"First", map[string]string{"other": "Erste"}, fmt.Sprintf(`# Deutsch, von Hand gepflegt

# Die erste Nachricht.
[First]
description = "first"
hash = %q
other = "Erste"
`, hashOf("first", "One"))},
		{"Third", map[string]string{"other": "Drei, geändert", "one": "ignored"}, fmt.Sprintf(`[Third]
  description = "third"
  hash = %q
  other = "Drei, geändert"
`, hashOf("third", "Three, changed"))},
		{"Count", map[string]string{"one": "ein Ding", "other": "{{.Count}} Dinge"}, fmt.Sprintf(`[Count]
description = "count"
hash = %q
one = "ein Ding"
other = "{{.Count}} Dinge"
`, hashOf("count", "{{.Count}} items"))},
		{"Second", map[string]string{"other": "Zwei \"zitiert\"\nmit Zeile"}, fmt.Sprintf(`other = "Eins" # bleibt kurz

[Second]
description = "second"
hash = %q
other = "Zwei \"zitiert\"\nmit Zeile"

[Count]
`, hashOf("second", "Two"))},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			tr := parse(t, "de.toml", "de", setDE)
			out, err := SetTranslation(src, tr, tc.id, tc.forms)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tc.want) {
				t.Errorf("the saved catalog lacks\n%s\nit reads\n%s", tc.want, out)
			}
			assertOnlyChanged(t, setDE, string(out), tc.id)
			nf := parse(t, "de.toml", "de", string(out))
			var dc diag.Collector
			for _, st := range CheckLocale(src, nf, &dc) {
				if st.ID == tc.id && st.State != Translated {
					t.Errorf("after saving, check says %s is %s: %v", tc.id, st.State, dc.All())
				}
			}
			for _, d := range dc.All() {
				if strings.Contains(d.Message, `"`+tc.id+`"`) {
					t.Errorf("after saving, check reports: %v", d)
				}
			}
		})
	}
}

// assertOnlyChanged checks that every line of before outside message
// id's table is still in after, in the same order.
func assertOnlyChanged(t *testing.T, before, after, id string) {
	t.Helper()
	f := parse(t, "de.toml", "de", before)
	b := f.Block(id)
	var kept []string
	for i, l := range f.Lines {
		if b == nil || i < b.Header || i >= b.End {
			kept = append(kept, l)
		}
	}
	rest := after
	for _, l := range kept {
		i := strings.Index(rest, l)
		if i < 0 {
			t.Fatalf("line %q of the catalog is lost or moved:\n%s", l, after)
		}
		rest = rest[i+len(l):]
	}
}

func TestSetTranslationMultiline(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN)
	de := "[First]\ndescription = \"first\"\nother = \"\"\"\nEins\nauf zwei Zeilen\"\"\"\n\n# Ende\n"
	out, err := SetTranslation(src, parse(t, "de.toml", "de", de), "First", map[string]string{"other": "Eins"})
	if err != nil {
		t.Fatal(err)
	}
	want := "[First]\ndescription = \"first\"\nhash = \"" + hashOf("first", "One") + "\"\nother = \"Eins\"\n\n# Ende\n"
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestSetTranslationEmptyFile(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN)
	out, err := SetTranslation(src, parse(t, "fr.toml", "fr", ""), "Second", map[string]string{"other": "Deux"})
	if err != nil {
		t.Fatal(err)
	}
	want := "[Second]\ndescription = \"second\"\nhash = \"" + hashOf("second", "Two") + "\"\nother = \"Deux\"\n"
	if string(out) != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

func TestSetTranslationRefuses(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN)
	tr := parse(t, "de.toml", "de", setDE)
	if _, err := SetTranslation(src, tr, "Nope", map[string]string{"other": "x"}); err == nil {
		t.Error("a message the source lacks was saved")
	}
	// A dotted key outside a table of its own cannot be edited as lines.
	plain := parse(t, "de.toml", "de", "First.other = \"Eins\"\nFirst.description = \"first\"\n")
	if _, err := SetTranslation(src, plain, "First", map[string]string{"other": "x"}); err == nil {
		t.Error("a message written as dotted keys was edited")
	}
}

func TestValidateTranslation(t *testing.T) {
	src := parse(t, "en-US.toml", "en-US", syncEN+`
[Named]
description = "named"
other = "Hello, <b>{{.Name}}</b>"
`)
	tests := []struct {
		id    string
		forms map[string]string
		want  []string // "form: part of the message"
	}{
		{"Named", map[string]string{"other": "Hallo, <b>{{.Name}}</b>"}, nil},
		{"Named", map[string]string{"other": "Hallo"}, []string{"other: {{.Name}}"}},
		{"Named", map[string]string{"other": "Hallo, <b>{{.Nme}}</b>"}, []string{"other: {{.Name}} is missing", "other: {{.Nme}} is not in the English"}},
		{"Named", map[string]string{"other": "Hallo, <b>{{.Name}</b>"}, []string{"other: not a valid message"}},
		{"Named", map[string]string{"other": `<b>{{printf "%d" 1}}{{.Name}}</b>`}, []string{"other: is not a placeholder"}},
		{"Named", map[string]string{"other": "  "}, []string{`other: the form "other" is empty`}},
		{"Count", map[string]string{"other": "{{.Count}} Dinge"}, []string{`one: the form "one" is empty`}},
		{"Count", map[string]string{"one": "ein Ding", "other": "Dinge"}, []string{"other: {{.Count}} is missing"}},
		{"Count", map[string]string{"one": "ein Ding", "other": "{{.Count}} Dinge"}, nil},
	}
	for _, tc := range tests {
		errs := ValidateTranslation(src.Messages[tc.id], "de", tc.forms)
		var got []string
		for _, e := range errs {
			got = append(got, e.Form+": "+e.Message)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s %v: got %q, want %q", tc.id, tc.forms, got, tc.want)
			continue
		}
		for i := range got {
			f, part, _ := strings.Cut(tc.want[i], ": ")
			if !strings.HasPrefix(got[i], f+": ") || !strings.Contains(got[i], part) {
				t.Errorf("%s %v: error %d is %q, want %q", tc.id, tc.forms, i, got[i], tc.want[i])
			}
		}
	}
}
