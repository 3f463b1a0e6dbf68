package markdown_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzRender renders any page body, with macros, links, callouts and
// headings, as a German page: it never panics or fails, every diagnostic
// points at a line of the page, and heading IDs are unique. Seeds cover
// the inputs of the bad-input suite in small: unclosed and huge macro
// calls, deep nesting, raw HTML, broken links.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"", "Text {{Compat", "{{domxref(\"CloseEvent.code\"", "{{x(" + strings.Repeat("1,", 200) + "1)}}",
		strings.Repeat("> ", 300) + "deep", strings.Repeat("- ", 300) + "deep", strings.Repeat("  ", 100) + "- x",
		"## A\n\n## A\n\n## a\n", "<table><tr><td>{{domxref(\"CloseEvent\")}}</td></tr></table>",
		"[x](/de/docs/Web/API/Nothing#y)", "[x](/de/docs/Web/API/CloseEvent/code#1006)", "> [!NOTE]\n> text",
		"> **Hinweis:** text", "```js\n{{Compat}}\n```", "`{{Compat}}`", "\\{{Compat}}", "<!-- {{Compat}} -->",
		"{{Compat}}\n", "## {{domxref(\"CloseEvent\")}}\n", "<a href=\"/de/docs/Web/API/CloseEvent\">x</a>",
		"\xff\xfe", "{{EmbedLiveSample(\"x\")}}", "{{CloseCodeTable}}", "{{APIRef(\"WebSockets API\")}}",
	} {
		f.Add(s)
	}
	fx := newFixture(f)
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return // the loader rejects such pages before rendering
		}
		// The fuzzer has no time limit per input: crash the worker, so
		// that the input is kept, when one render takes too long.
		hang := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("render hangs on %q", body)) })
		r := fx.render(t, "de", closeEvent, body, false)
		hang.Stop()
		last := bodyLine + strings.Count(body, "\n")
		for _, d := range r.diags {
			if d.Pos.File == r.file && (d.Pos.Line < bodyLine || d.Pos.Line > last) && d.Pos.Line != 0 {
				t.Fatalf("%q: %v is outside the body (lines %d–%d)", body, d, bodyLine, last)
			}
		}
		seen := map[string]bool{}
		for _, h := range r.headings {
			if seen[h.ID] {
				t.Fatalf("%q: heading ID %q twice", body, h.ID)
			}
			seen[h.ID] = true
		}
	})
}
