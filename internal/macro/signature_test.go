package macro

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/doku-docs/doku/internal/diag"
)

// echo renders the arguments it reads, so a test sees the defaults.
func echo(env *Env, args Args) (Result, error) {
	var vs []string
	for i := range 3 {
		vs = append(vs, args.String(i))
	}
	return Result{HTML: "[" + strings.Join(vs, "|") + "]"}, nil
}

// testRegistry holds one macro per shape of signature.
func testRegistry() *Registry {
	return NewRegistry(
		&Macro{Name: "Link", Kind: KindLink, Expand: echo, Sig: Signature{Params: []Param{
			{Name: "target", Type: TypeString},
			{Name: "text", Type: TypeString, Optional: true, Default: "none"},
		}}},
		&Macro{Name: "Num", Kind: KindLink, Expand: echo, Sig: Signature{Params: []Param{
			{Name: "number", Type: TypeNumber, Want: "a number"},
		}}},
		&Macro{Name: "Flags", Kind: KindSection, Expand: echo, Sig: Signature{Params: []Param{
			{Name: "a", Type: TypeBool},
			{Name: "b", Type: TypeBool},
		}, Note: ", each 0 or 1"}},
		&Macro{Name: "Badge", Kind: KindBadge, Expand: echo, Sig: Signature{Rest: &Param{Type: TypeAny}}},
		&Macro{Name: "Bounded", Kind: KindLink, Expand: echo, Sig: Signature{
			Params: []Param{{Name: "id", Type: TypeString}}, Rest: &Param{Type: TypeAny}, MaxArgs: 2,
		}},
		&Macro{Name: "None", Kind: KindSection, Expand: echo},
	)
}

// TestCheck runs calls through Registry.Check: the one place where a
// call's macro, argument count and argument kinds are checked.
func TestCheck(t *testing.T) {
	tests := []struct {
		call string
		// want is the error's message, "" when the call fits.
		want string
	}{
		{`{{Link("a")}}`, ""},
		{`{{link("a", "b")}}`, ""},
		{`{{Link(404)}}`, ""}, // a number stands for its digits
		{`{{Link}}`, `takes ("target" [, "text"]), got 0 arguments`},
		{`{{Link("a", "b", "c")}}`, `takes ("target" [, "text"]), got 3 arguments`},
		{`{{Nope("a")}}`, `unknown macro "Nope"`},
		{`{{Num(6455)}}`, ""},
		{`{{Num("6455")}}`, ""}, // a number written in a string
		{`{{Num(" 7 ")}}`, ""},
		{`{{Num("abc")}}`, `needs a number as its first argument, got "abc"`},
		{`{{Num("")}}`, `needs a number as its first argument, got ""`},
		{`{{Num(-1)}}`, `needs a number as its first argument, got "-1"`},
		{`{{Num(true)}}`, `needs a number as its first argument, got "true"`},
		{`{{Flags(1, "true")}}`, ""},
		{`{{Flags(false, 0)}}`, ""},
		{`{{Flags(1, "maybe")}}`, `takes (a, b), each 0 or 1, got "maybe"`},
		{`{{Flags(1)}}`, `takes (a, b), each 0 or 1, got 1 arguments`},
		{`{{Badge}}`, ""},
		{`{{Badge("v1", 2, true, "", "", "", "", "", "")}}`, ""},
		{`{{Bounded("x", 300)}}`, ""},
		{`{{Bounded("x", 300, 200)}}`, `takes ("id" [, ...]), got 3 arguments`},
		{`{{None}}`, ""},
		{`{{None()}}`, ""},
		{`{{None("x")}}`, `takes no arguments, got 1 arguments`},
	}
	r := testRegistry()
	for _, tt := range tests {
		c, err := Parse([]byte(tt.call))
		if err != nil {
			t.Fatalf("%s: %v", tt.call, err)
		}
		_, _, err = r.Check(c)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: error %q, want %q", tt.call, got, tt.want)
		}
	}
}

// TestArgsDefaults checks what a macro reads for arguments a call leaves
// out: its parameter's default, else "".
func TestArgsDefaults(t *testing.T) {
	r := testRegistry()
	c, _ := Parse([]byte(`{{Link("a")}}`))
	_, args, err := r.Check(c)
	if err != nil {
		t.Fatal(err)
	}
	if got := [3]string{args.String(0), args.String(1), args.String(2)}; got != [3]string{"a", "none", ""} {
		t.Errorf("args = %q, want a, the default none, and nothing", got)
	}
	c, _ = Parse([]byte(`{{Link("a", "")}}`))
	_, args, _ = r.Check(c)
	if got := args.String(1); got != "" {
		t.Errorf("an empty string given = %q, want it kept", got)
	}
}

// TestSignatureString checks the usage doku macros and hints show.
func TestSignatureString(t *testing.T) {
	tests := []struct {
		sig  Signature
		want string
	}{
		{Signature{}, ""},
		{Signature{Params: []Param{{Name: "t", Type: TypeString}, {Name: "n", Type: TypeNumber, Optional: true}, {Name: "f", Type: TypeAny, Optional: true}}},
			`("t" [, n [, f]])`},
		{Signature{Params: []Param{{Name: "g", Type: TypeString, Optional: true}}}, `(["g"])`},
		{Signature{Rest: &Param{Name: "key", Type: TypeString}}, `(["key", ...])`},
		{Signature{Rest: &Param{Type: TypeAny}}, `([...])`},
		{Signature{Params: []Param{{Name: "w", Type: TypeAny, Optional: true}}, Rest: &Param{Type: TypeAny}}, `([w [, ...]])`},
		{Signature{Params: []Param{{Name: "kind", Type: TypeString, Optional: true, OneOf: []string{"a", "b"}}}}, `(["a" | "b"])`},
		{Signature{Params: []Param{{Name: "p", Type: TypeString, Optional: true}}, Usage: `("p")`}, `("p")`},
	}
	for _, tt := range tests {
		if got := tt.sig.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

// flawLog records what an Expander reports.
type flawLog []string

func (l *flawLog) Flaw(off int, kind diag.Kind, hint, msg string) {
	*l = append(*l, fmt.Sprintf("%d %s %s (%s)", off, kind, msg, hint))
}
func (l *flawLog) Pending(off int, msg string) {
	*l = append(*l, fmt.Sprintf("%d pending %s", off, msg))
}
func (l *flawLog) Fallback(off int, href string) {
	*l = append(*l, fmt.Sprintf("%d fallback %s", off, href))
}

// TestExpandReportsChecks expands a document: a call that does not fit
// its signature is reported at its offset as macro-args (an unknown one
// as macro-unknown) and renders as a flaw; the macro does not run.
func TestExpandReportsChecks(t *testing.T) {
	src := []byte("A {{Link(\"a\")}} and {{Link}}.\n\n{{Num(\"x\")}} {{Nope}}\n\n<p>{{Flags(1, 2)}}</p>\n")
	r := testRegistry()
	p := parser.NewParser(parser.WithBlockParsers(append(parser.DefaultBlockParsers(),
		util.Prioritized(BlockParser{Registry: r}, 50))...),
		parser.WithInlineParsers(append(parser.DefaultInlineParsers(), util.Prioritized(InlineParser{}, 50))...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
	doc := p.Parse(text.NewReader(src))
	var log flawLog
	x := Expander{Registry: r, Env: &Env{}, Report: &log}
	results := x.ExpandDocument(doc, src)
	want := flawLog{
		`20 macro-args Link takes ("target" [, "text"]), got 0 arguments (Link("target" [, "text"]))`,
		`31 macro-args Num needs a number as its first argument, got "x" (Num(number))`,
		`44 macro-unknown unknown macro "Nope" (run 'doku macros' for the list of known macros)`,
		`57 macro-args Flags takes (a, b), each 0 or 1, got "2" (Flags(a, b))`,
	}
	if diff := cmp.Diff(want, log); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	if len(results) != 1 || results[0].HTML != "[a|none|]" {
		t.Errorf("results = %+v, want only the Link call's", results)
	}
}

func TestUnknownName(t *testing.T) {
	msg := (&UnknownError{Name: "CSSSyntax"}).Error()
	for _, tt := range []struct {
		message, want string
		ok            bool
	}{
		{"{{CSSSyntax}}: " + msg, "csssyntax", true},
		{msg, "csssyntax", true},
		{`unknown macro "a\"b"`, `a"b`, true},
		{"macro Compat: no data", "", false},
		{`unknown macro "unterminated`, "", false},
	} {
		got, ok := UnknownName(tt.message)
		if got != tt.want || ok != tt.ok {
			t.Errorf("UnknownName(%q) = %q, %v; want %q, %v", tt.message, got, ok, tt.want, tt.ok)
		}
	}
}
