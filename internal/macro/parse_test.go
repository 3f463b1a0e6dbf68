package macro

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func str(v string) Arg { return Arg{Kind: String, Value: v} }
func num(v string) Arg { return Arg{Kind: Number, Value: v} }
func boolean(v bool) Arg {
	if v {
		return Arg{Kind: Bool, Value: "true"}
	}
	return Arg{Kind: Bool, Value: "false"}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Call
	}{
		{"no args", "{{Compat}}", Call{Name: "Compat", Len: 10}},
		{"spaces inside braces", "{{ Compat }}", Call{Name: "Compat", Len: 12}},
		{"tabs and newlines inside braces", "{{\tCompat\n}}", Call{Name: "Compat", Len: 12}},
		{"name case kept", `{{DOMxRef("X")}}`, Call{Name: "DOMxRef", Args: []Arg{str("X")}, Len: 16}},
		{"name with dots, dashes, colons", "{{a.b-c:d_e}}", Call{Name: "a.b-c:d_e", Len: 13}},
		{"empty parens", "{{Compat()}}", Call{Name: "Compat", Len: 12}},
		{"empty parens with a space", "{{Compat( )}}", Call{Name: "Compat", Len: 13}},
		{"double-quoted string", `{{domxref("CloseEvent.code")}}`, Call{Name: "domxref", Args: []Arg{str("CloseEvent.code")}, Len: 30}},
		{"single-quoted string", `{{domxref('CloseEvent')}}`, Call{Name: "domxref", Args: []Arg{str("CloseEvent")}, Len: 25}},
		{
			"escaped quotes",
			`{{x('it\'s', "say \"hi\"")}}`,
			Call{Name: "x", Args: []Arg{str("it's"), str(`say "hi"`)}, Len: 28},
		},
		{"escaped backslash", `{{x("a\\b")}}`, Call{Name: "x", Args: []Arg{str(`a\b`)}, Len: 13}},
		{"escape of an ordinary letter drops the backslash", `{{x("\n")}}`, Call{Name: "x", Args: []Arg{str("n")}, Len: 11}},
		{"other quote inside a string", `{{x("it's", 'a "b"')}}`, Call{Name: "x", Args: []Arg{str("it's"), str(`a "b"`)}, Len: 22}},
		{"commas inside strings", `{{x("a, b", 'c,d')}}`, Call{Name: "x", Args: []Arg{str("a, b"), str("c,d")}, Len: 20}},
		{"closing braces inside a string", `{{x("}}")}}`, Call{Name: "x", Args: []Arg{str("}}")}, Len: 11}},
		{"empty string", `{{x("")}}`, Call{Name: "x", Args: []Arg{str("")}, Len: 9}},
		{"string over a single newline", "{{x(\"a\nb\")}}", Call{Name: "x", Args: []Arg{str("a\nb")}, Len: 12}},
		{"multibyte string", `{{x("Größe")}}`, Call{Name: "x", Args: []Arg{str("Größe")}, Len: 16}},
		{
			"numbers",
			"{{x(2, -1.5, 0.25, +3, .5, 10.)}}",
			Call{Name: "x", Args: []Arg{num("2"), num("-1.5"), num("0.25"), num("+3"), num(".5"), num("10.")}, Len: 33},
		},
		{"booleans", "{{x(true, false)}}", Call{Name: "x", Args: []Arg{boolean(true), boolean(false)}, Len: 18}},
		{"backquoted string", "{{x(`a \\` \"b\"`)}}", Call{Name: "x", Args: []Arg{str("a ` \"b\"")}, Len: 17}},
		{
			"arguments left out, as MDN's grammar allows",
			`{{x("a", , 3, , , "b")}}`,
			Call{Name: "x", Args: []Arg{str("a"), {Kind: None}, num("3"), {Kind: None}, {Kind: None}, str("b")}, Len: 24},
		},
		{"leading and trailing commas", "{{x(,1,)}}", Call{Name: "x", Args: []Arg{{Kind: None}, num("1"), {Kind: None}}, Len: 10}},
		{
			"mixed, with spaces everywhere",
			`{{ x ( "a" , 2 , true ) }}`,
			Call{Name: "x", Args: []Arg{str("a"), num("2"), boolean(true)}, Len: 26},
		},
		{
			"arguments over several lines",
			"{{x(\n  \"a\",\n  2\n)}}",
			Call{Name: "x", Args: []Arg{str("a"), num("2")}, Len: 19},
		},
		{"followed by text", `{{domxref("A")}} and {{Compat}}`, Call{Name: "domxref", Args: []Arg{str("A")}, Len: 16}},
		{"followed by a third brace", "{{Compat}}}", Call{Name: "Compat", Len: 10}},
		{"followed by a newline", "{{Compat}}\nNext line\n", Call{Name: "Compat", Len: 10}},
		{"longest name", "{{" + strings.Repeat("a", 64) + "}}", Call{Name: strings.Repeat("a", 64), Len: 68}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.src, err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.src, diff)
			}
			if !strings.HasSuffix(tt.src[:got.Len], "}}") {
				t.Errorf("Parse(%q): src[:Len] = %q does not end with }}", tt.src, tt.src[:got.Len])
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// offset is where the error is, from the first '{'.
		offset int
		msg    string
	}{
		{"empty input", "", -1, "starts with {{"},
		{"one brace", "{Compat}", -1, "starts with {{"},
		{"only braces", "{{}}", 2, "expected a macro name"},
		{"only spaces", "{{  }}", 4, "expected a macro name"},
		{"name starts with a quote", `{{"x"}}`, 2, "expected a macro name"},
		{"name too long", "{{" + strings.Repeat("a", 65) + "}}", 67, "longer than 64"},
		{"trailing garbage after the name", "{{Compat bar}}", 9, "expected }}"},
		{"trailing garbage after the args", `{{x("a") y}}`, 9, "expected }}"},
		{"single closing brace", "{{Compat}", 8, "expected }}"},
		{"unclosed call", "{{Compat", 8, "expected }}"},
		{"unclosed call after args", `{{x("a")`, 8, "expected }}"},
		{"unclosed parens", `{{x("a"}}`, 7, "expected , or )"},
		{"unclosed parens at end", "{{x(", 4, "not closed"},
		{"unclosed parens after a comma", `{{x("a",`, 8, "not closed"},
		{"unclosed string", `{{x("abc)}}`, 4, "string is not closed"},
		{"unclosed single-quoted string", `{{x('abc")}}`, 4, "string is not closed"},
		{"string across a blank line", "{{x(\"a\n\nb\")}}", 4, "string is not closed"},
		{"backslash at the end", `{{x("a\`, 4, "string is not closed"},
		{"missing comma", `{{x("a" "b")}}`, 8, "expected , or )"},
		{"missing comma between numbers", "{{x(1 2)}}", 6, "expected , or )"},
		{"unquoted word", "{{x(bar)}}", 4, "expected a quoted string"},
		{"bare sign", "{{x(-)}}", 4, "bad number"},
		{"two dots", "{{x(1.2.3)}}", 4, "bad number"},
		{"exponent", "{{x(1e5)}}", 5, "expected , or )"},
		{"word after true", "{{x(trueish)}}", 8, "expected , or )"},
		{"capitalised boolean", "{{x(True)}}", 4, "expected a quoted string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.src))
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, want an error", tt.src, got)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q): error %T, want *SyntaxError", tt.src, err)
			}
			if !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("Parse(%q): error %q, want one about %q", tt.src, se.Msg, tt.msg)
			}
			if tt.offset >= 0 && se.Offset != tt.offset {
				t.Errorf("Parse(%q): error at offset %d, want %d", tt.src, se.Offset, tt.offset)
			}
			if got.Len != 0 {
				t.Errorf("Parse(%q): Len = %d on error, want 0", tt.src, got.Len)
			}
		})
	}
}
