package search

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fastTokens collects what the tokenizer gives for text.
func fastTokens(tz *tokenizer, text string) []string {
	var toks []string
	tz.each([]byte(text), func(tok []byte) { toks = append(toks, string(tok)) })
	return toks
}

func TestTokenizerVectors(t *testing.T) {
	tz := &tokenizer{}
	for _, v := range readVectors(t) {
		tz.german = FoldsGerman(v.Locale)
		if got := fastTokens(tz, v.Text); !slices.Equal(got, v.Tokens) && len(got)+len(v.Tokens) > 0 {
			t.Errorf("tokenizer(%q, %s) = %q, want %q", v.Text, v.Locale, got, v.Tokens)
		}
	}
}

// FuzzTokenizer checks that the tokenizer, ASCII fast path and all, gives
// what Tokens gives, for any text; one tokenizer serves every call, as
// it serves every text of a page.
func FuzzTokenizer(f *testing.F) {
	for _, v := range []string{
		"wasClean", "CloseEvent.code", "XMLHttpRequest", "base64 UTF-8 h2", "a--b", "...", "-x-", "_a_b_",
		"Schluessel Queue aeoeue ueue QUEUE AEUE", "Größe STRASSE", "e\u0301t\u00e9", "ﬁ² ½", "x\xffy", "\xff a-b",
		"a.b.c a.b.c", "ABCdef GHI9jk", "Straße-Schluessel.Ae", "ΟΔΟΣ oder", "日本語 text",
		"„Zitat“ — Ende… ½ ™ ª µ", "Ärger über Öl", "x…y", "Å̊", "ǅungla Ǆ", "ßUe ẞ",
	} {
		f.Add(v, false)
		f.Add(v, true)
	}
	tz := &tokenizer{}
	f.Fuzz(func(t *testing.T, s string, german bool) {
		tz.german = german
		got, want := fastTokens(tz, s), Tokens(s, german)
		if !slices.Equal(got, want) {
			t.Fatalf("tokenizer(%q, german %v) = %q, Tokens gives %q", s, german, got, want)
		}
	})
}

// TestWeighRepeats checks that a token keeps its highest weight in each
// entry, held once, when text goes to a table row between two of its
// occurrences in a section.
func TestWeighRepeats(t *testing.T) {
	body := `<h2 id="s">Erste</h2><p>alpha beta</p>
<table><tr id="r"><td>alpha</td><td>beta</td><td>alpha</td></tr></table>
<p><code>alpha</code> alpha beta</p><pre>beta</pre>`
	r := Extract("en-US", Page{Title: "Alpha", Body: []byte(body)})
	if len(r.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(r.Entries))
	}
	for _, c := range []struct {
		entry int
		tok   string
		want  uint8
	}{
		{0, "alpha", weightTitle}, {1, "alpha", weightIdent}, {1, "beta", weightText}, {1, "erste", weightHeading},
		{2, "alpha", weightHeading}, {2, "beta", weightHeading},
	} {
		if got := weightOf(r.Entries[c.entry], c.tok); got != c.want {
			t.Errorf("entry %d: weight of %q = %d, want %d (255: held twice)", c.entry, c.tok, got, c.want)
		}
	}
}

// FuzzTagAtom checks that tagAtom reads from a tag's raw text the
// element the tokenizer's TagName names.
func FuzzTagAtom(f *testing.F) {
	for _, s := range []string{
		`<p>x</p>`, `<DIV class="a">`, `<br/>`, `</TD >`, "<h2\nid=x>", "<tr\fid=1>", `<a/b>`, `<x-y>`,
		"<scr\x00ipt>", `<TaBlE>`, `<h1`, `</>`, `<!-- c --><p>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		z := html.NewTokenizer(strings.NewReader(s))
		for {
			switch tt := z.Next(); tt {
			case html.ErrorToken:
				return
			case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
				raw := string(z.Raw())
				got := tagAtom(z.Raw())
				name, _ := z.TagName()
				if want := atom.Lookup(name); got != want {
					t.Fatalf("tagAtom(%q) = %v, TagName gives %q (%v)", raw, got, name, want)
				}
			}
		}
	})
}

func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "x\u00a0y\u2003z ", "\u0085ä ö "} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}
