package macro

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzParse checks that Parse never panics, that Len stays within src, that
// a parsed call spans "{{...}}" and that Parse reads nothing after the
// closing braces: parsing src[:Len] again gives the same call.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "{", "{{", "{{}}", "{{ }}", "{{Compat}}", "{{ Compat }}", "{{Compat}}}",
		`{{domxref("CloseEvent.code")}}`, `{{domxref('CloseEvent', "text", "#x", true)}}`,
		`{{x('it\'s', "say \"hi\"")}}`, `{{x("a\\b")}}`, `{{x("}}")}}`, `{{x("a`, `{{x("a\`,
		"{{x(2, -1.5, .5, +3, 10.)}}", "{{x(-)}}", "{{x(1.2.3)}}", "{{x(1e5)}}",
		"{{x(true, false)}}", "{{x(trueish)}}", "{{x()}}", "{{x(", "{{x(,)}}", `{{x("a" "b")}}`,
		"{{x(\"a\n\nb\")}}", "{{x(\n\"a\",\n2\n)}}", "{{Compat bar}}", "{{Compat", "{{Compat}",
		`{{domxref("A")}} and {{Compat}}`, "{{-1}}", "{{a.b:c-d_e}}", "{{Größe}}", "{{x(\"\xff\")}}",
		"{{" + string(bytes.Repeat([]byte("a"), 65)) + "}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse(src)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q): error %T, want *SyntaxError", src, err)
			}
			if c.Len != 0 {
				t.Fatalf("Parse(%q): Len = %d with an error", src, c.Len)
			}
			if bytes.HasPrefix(src, []byte("{{")) && (se.Offset < 0 || se.Offset > len(src)) {
				t.Fatalf("Parse(%q): error offset %d outside 0..%d", src, se.Offset, len(src))
			}
			return
		}
		if c.Len < 5 || c.Len > len(src) {
			t.Fatalf("Parse(%q): Len = %d, want 5..%d", src, c.Len, len(src))
		}
		call := src[:c.Len]
		if !bytes.HasPrefix(call, []byte("{{")) || !bytes.HasSuffix(call, []byte("}}")) {
			t.Fatalf("Parse(%q): src[:Len] = %q is not {{...}}", src, call)
		}
		if c.Name == "" || !bytes.Contains(call, []byte(c.Name)) {
			t.Fatalf("Parse(%q): name %q not in %q", src, c.Name, call)
		}
		again, err := Parse(call)
		if err != nil {
			t.Fatalf("Parse(%q) = %+v, but Parse(src[:Len] = %q): %v", src, c, call, err)
		}
		if diff := cmp.Diff(c, again); diff != "" {
			t.Fatalf("Parse(%q) and Parse(%q) differ (-first +second):\n%s", src, call, diff)
		}
	})
}
