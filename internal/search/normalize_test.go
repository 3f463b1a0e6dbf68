package search

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/doku-docs/doku"

	"github.com/google/go-cmp/cmp"
)

// vector is one case of testdata/normalize.json, the file the Go and the
// JavaScript normalisers are both checked against.
type vector struct {
	Text   string   `json:"text"`
	Locale string   `json:"locale"`
	Tokens []string `json:"tokens"`
}

func readVectors(t *testing.T) []vector {
	t.Helper()
	data, err := os.ReadFile("testdata/normalize.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatalf("testdata/normalize.json: %v", err)
	}
	return vs
}

func TestTokensVectors(t *testing.T) {
	for _, v := range readVectors(t) {
		got := Tokens(v.Text, FoldsGerman(v.Locale))
		if got == nil {
			got = []string{}
		}
		if diff := cmp.Diff(v.Tokens, got); diff != "" {
			t.Errorf("Tokens(%q, %s) (-want +got):\n%s", v.Text, v.Locale, diff)
		}
	}
}

// TestGermanSpellings checks the folds that make "Schluessel" find
// "Schlüssel", and the words the "ue" rule leaves alone.
func TestGermanSpellings(t *testing.T) {
	same := [][2]string{
		{"Schlüssel", "Schluessel"}, {"Größe", "Groesse"}, {"Straße", "STRASSE"},
		{"Übung", "Uebung"}, {"Ärger", "Aerger"}, {"schön", "schoen"}, {"Schlüssel", "SCHLÜSSEL"},
	}
	for _, p := range same {
		if a, b := Tokens(p[0], true), Tokens(p[1], true); !slices.Equal(a, b) {
			t.Errorf("German: %q → %q but %q → %q; want the same", p[0], a, p[1], b)
		}
	}
	for _, w := range []string{"queue", "quelle", "neue", "feuer", "blaue", "bauer"} {
		if got := Tokens(w, true); !slices.Equal(got, []string{w}) {
			t.Errorf("German: %q → %q, want it kept", w, got)
		}
	}
	if a, b := Tokens("Schluessel", false), Tokens("Schlüssel", false); slices.Equal(a, b) {
		t.Errorf("English folds ue like ü: %q", a)
	}
}

func TestFoldsGerman(t *testing.T) {
	for locale, want := range map[string]bool{"de": true, "de-AT": true, "DE-ch": true, "en-US": false, "dev": false, "": false} {
		if got := FoldsGerman(locale); got != want {
			t.Errorf("FoldsGerman(%q) = %v, want %v", locale, got, want)
		}
	}
}

// nodeTokens runs the default theme's search.js normaliser under Node on
// cases.
func nodeTokens(t *testing.T, cases []nodeCase) [][]string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("DOKU_REQUIRE_NODE") != "" {
			t.Fatal("node not found, and DOKU_REQUIRE_NODE is set: install nodejs")
		}
		t.Skip("node not found: the JavaScript normaliser is not checked")
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	// The script as doku ships it: the default theme's, not a file of the
	// repository's site.
	js, err := doku.Theme.ReadFile("static/search.js")
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(t.TempDir(), "search.js")
	if err := os.WriteFile(script, js, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "testdata/tokens.js", script)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node testdata/tokens.js: %v\n%s", err, stderr.Bytes())
	}
	var got [][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node output: %v", err)
	}
	if len(got) != len(cases) {
		t.Fatalf("node answered %d cases, want %d", len(got), len(cases))
	}
	return got
}

type nodeCase struct {
	Text   string `json:"text"`
	German bool   `json:"german"`
}

// TestTokensNodeVectors checks the JavaScript normaliser against the
// shared vectors.
func TestTokensNodeVectors(t *testing.T) {
	vs := readVectors(t)
	var cases []nodeCase
	for _, v := range vs {
		cases = append(cases, nodeCase{v.Text, FoldsGerman(v.Locale)})
	}
	for i, got := range nodeTokens(t, cases) {
		if got == nil {
			got = []string{}
		}
		if diff := cmp.Diff(vs[i].Tokens, got); diff != "" {
			t.Errorf("JS tokens(%q, %s) (-want +got):\n%s", vs[i].Text, vs[i].Locale, diff)
		}
	}
}

// TestTokensNodeEveryCharacter compares Go and JavaScript on every
// character of the Basic Multilingual Plane that Go's Unicode tables
// assign, each between letters of both cases and digits, so case, marks,
// word boundaries and folds all meet every character once.
func TestTokensNodeEveryCharacter(t *testing.T) {
	var cases []nodeCase
	for r := rune(0x20); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || !assigned(r) || unicodeChanged[r] != "" {
			continue
		}
		c := string(r)
		cases = append(cases, nodeCase{Text: "xa" + c + "Ue" + c + "9" + c + "q", German: r%2 == 0})
	}
	bad := 0
	for i, got := range nodeTokens(t, cases) {
		want := Tokens(cases[i].Text, cases[i].German)
		if !slices.Equal(got, want) {
			if bad++; bad <= 20 {
				t.Errorf("%q (U+%04X): Go %q, JS %q", cases[i].Text, []rune(cases[i].Text)[2], want, got)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d characters differ in all", bad)
	}
}

// unicodeChanged lists the characters whose properties changed between
// Go's Unicode tables (unicode.Version) and newer ones that browsers and
// Node use: there the two normalisers split words differently, as each
// follows its own Unicode edition.
var unicodeChanged = map[rune]string{
	0x0295: "ʕ: Ll in Unicode 15, Lo from Unicode 16",
	0x02E4: "ˤ: decomposes to U+0295",
}

// assigned reports whether Go's Unicode tables know r; characters newer
// than those tables may be known to the browser, which is fine.
func assigned(r rune) bool {
	for _, tab := range []*unicode.RangeTable{unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co} {
		if unicode.Is(tab, r) {
			return true
		}
	}
	return false
}

func FuzzNormalize(f *testing.F) {
	for _, v := range []string{
		"wasClean", "CloseEvent.code", "1006", "Schlüssel", "Schluessel", "Queue", "Größe",
		"XMLHttpRequest", "a--b", "...", "ﬁ²½", "ΟΔΟΣ", "İ", "ẞ", "日本語", "u\u0308e", "\xff\xfe",
		"ueueue", "aeoeue", "q-ue", "x\u0301\u0302", "A1b2C3", "—", "_", "é.", "Ǆ",
	} {
		f.Add(v, false)
		f.Add(v, true)
	}
	f.Fuzz(func(t *testing.T, s string, german bool) {
		toks := Tokens(s, german)
		for _, tok := range toks {
			if tok == "" || strings.ContainsFunc(tok, unicode.IsSpace) {
				t.Fatalf("Tokens(%q): token %q is empty or holds space", s, tok)
			}
			if strings.ToLower(tok) != tok {
				t.Fatalf("Tokens(%q): token %q is not lower case", s, tok)
			}
			if utf8.ValidString(s) && !utf8.ValidString(tok) {
				t.Fatalf("Tokens(%q): token %q is not UTF-8", s, tok)
			}
		}
		// Words never reach across a space: the tokens of "s s" are those
		// of s, twice.
		if utf8.ValidString(s) {
			twice := Tokens(s+" "+s, german)
			if want := append(slices.Clone(toks), toks...); !slices.Equal(twice, want) {
				t.Fatalf("Tokens(%q + \" \" + itself) = %q, want %q", s, twice, want)
			}
		}
	})
}
