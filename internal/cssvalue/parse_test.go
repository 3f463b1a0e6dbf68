package cssvalue

import (
	"strings"
	"testing"
)

// Each syntax, parsed and generated again, gives its canonical form.
func TestRoundTrip(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<color>", "<color>"},
		{"[<foo> |   <bar>{0,0}] <baz>", "[ <foo> | <bar>* ] <baz>"},
		{"<foo>+#{1,2}", "<foo>+#{1,2}"},
		{"<foo [0,∞]>", "<foo [0,∞]>"},
		{"<length-percentage [0,]>", "<length-percentage [0,∞]>"},
		{"<angle [-100deg,100deg]>", "<angle [-100deg,100deg]>"},
		{"<calc-product> [ [ '+' | '-' ] <calc-product> ]*", "<calc-product> [ [ '+' | '-' ] <calc-product> ]*"},
		{"<boolean-expr[a | b]>", "<boolean-expr[a | b]>"},
		{"<'padding-top'>{1,4}", "<'padding-top'>{1,4}"},
		{"minmax( <a> , <b> )", "minmax( <a> , <b> )"},
		{"[ <integer [0,∞]> && <symbol> ]#", "[ <integer [0,∞]> && <symbol> ]#"},
		{"a || b && c d | e", "a || b && c d | e"},
		{"@media <media-query-list> { <rule-list> }", "@media <media-query-list> { <rule-list> }"},
		{"[ a b ]!#?", "[ a b ]!#?"},
		{"<a>#?", "<a>#?"},
		{"<a>{2}", "<a>{2}"},
		{"<a>{2,}", "<a>{2,}"},
		{"<minmax()>", "<minmax()>"},
		{"[, <a>]", "[, <a> ]"},
		{"a / b", "a / b"},
	} {
		n, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if got := Generate(n, nil); got != c.want {
			t.Errorf("Generate(Parse(%q)) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Combinators nest by precedence: juxtaposition, &&, ||, |.
func TestPrecedence(t *testing.T) {
	n, err := Parse("a b | c && d || e")
	if err != nil {
		t.Fatal(err)
	}
	// | [ a b ] , [ [ c && d ] || e ]
	if n.Kind != Group || n.Comb != One || len(n.Terms) != 2 {
		t.Fatalf("top: %+v", n)
	}
	if l := n.Terms[0]; l.Kind != Group || l.Comb != Juxtapose || len(l.Terms) != 2 {
		t.Errorf("left: %+v", l)
	}
	r := n.Terms[1]
	if r.Kind != Group || r.Comb != Any || r.Terms[0].Comb != All {
		t.Errorf("right: %+v", r)
	}
	// A bracketed syntax alone is that group.
	if n, _ := Parse("[ a | b ]"); n.Kind != Group || !n.Explicit {
		t.Errorf("[ a | b ]: %+v", n)
	}
}

func TestErrors(t *testing.T) {
	for _, in := range []string{"| a", "a |", "<a", "<'a>", "[ a", "a ]", "<a [1,2>", "'abc", "a &", "<boolean-expr a>", strings.Repeat("[", 300) + "a" + strings.Repeat("]", 300)} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q): no error", in)
		}
	}
}

// Decorate sees every node; a multiplier's text is the multiplier alone.
func TestDecorate(t *testing.T) {
	n, _ := Parse("<foo>+#{1,2}")
	got := Generate(n, func(s string, n *Node) string { return "!!" + s + "¡¡" })
	if want := "!!!!<foo>¡¡!!+¡¡!!#{1,2}¡¡¡¡"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var kinds []Kind
	Walk(n, func(n *Node) { kinds = append(kinds, n.Kind) })
	if len(kinds) != 4 || kinds[3] != Type {
		t.Errorf("Walk visited %v", kinds)
	}
}

// FuzzParse: no input panics or hangs, and what parses generates a text
// that parses to the same text again.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"<color>", "[ a | b ]# && <'c'>?", "<x [0,∞]>{1,4}", "f( <a>#{2,} )", "@r { a: <b>; }", "<boolean-expr[ a || b ]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		g := Generate(n, nil)
		n2, err := Parse(g)
		if err != nil {
			t.Fatalf("Parse(%q) = %q does not parse: %v", s, g, err)
		}
		if g2 := Generate(n2, nil); g2 != g {
			t.Fatalf("%q: generated %q, then %q", s, g, g2)
		}
	})
}
