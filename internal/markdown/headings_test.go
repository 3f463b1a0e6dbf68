package markdown_test

import (
	"testing"

	"github.com/doku-docs/doku/internal/markdown"

	"github.com/google/go-cmp/cmp"
)

func TestRenderHeadingIDs(t *testing.T) {
	tests := []struct {
		name     string
		locale   string
		body     string
		want     []markdown.Heading
		wantHTML []string
		bug      string
	}{
		{
			name:   "repeats get _2, _3",
			locale: "en-US",
			body:   "## Syntax\n\nText.\n\n## Syntax\n\n### Syntax\n",
			want: []markdown.Heading{
				{Level: 2, ID: "syntax", Text: "Syntax"},
				{Level: 2, ID: "syntax_2", Text: "Syntax"},
				{Level: 3, ID: "syntax_3", Text: "Syntax"},
			},
			wantHTML: []string{`<h2 id="syntax">Syntax</h2>`, `<h2 id="syntax_2">Syntax</h2>`, `<h3 id="syntax_3">Syntax</h3>`},
		},
		{
			name:   "Unicode kept",
			locale: "de",
			body:   "## Browser-Kompatibilität\n\n## Größe\n",
			want: []markdown.Heading{
				{Level: 2, ID: "browser-kompatibilität", Text: "Browser-Kompatibilität"},
				{Level: 2, ID: "größe", Text: "Größe"},
			},
			wantHTML: []string{`<h2 id="browser-kompatibilität">Browser-Kompatibilität</h2>`, `<h2 id="größe">Größe</h2>`},
		},
		{
			name:   "ID from the text a macro expands to",
			locale: "de",
			body:   "## Die {{domxref(\"CloseEvent.code\")}}-Eigenschaft\n",
			want: []markdown.Heading{
				{Level: 2, ID: "die_closeevent.code-eigenschaft", Text: "Die CloseEvent.code-Eigenschaft"},
			},
			wantHTML: []string{`<h2 id="die_closeevent.code-eigenschaft">Die <a href="code/index.html"><code>CloseEvent.code</code></a>-Eigenschaft</h2>`},
		},
		{
			name:   "inline code and emphasis count as text",
			locale: "en-US",
			body:   "## The `code` *property*\n",
			want:   []markdown.Heading{{Level: 2, ID: "the_code_property", Text: "The code property"}},
		},
		{
			name:   "the fallback marker is not part of the heading's text",
			locale: "de",
			body:   "## {{domxref(\"WebSocket\")}}\n",
			want:   []markdown.Heading{{Level: 2, ID: "websocket", Text: "WebSocket"}},
		},
		{
			name:   "a heading that starts with a macro's link takes its ID from the link, as on MDN",
			locale: "en-US",
			body:   "## {{domxref(\"CloseEvent.code\")}} values\n",
			want:   []markdown.Heading{{Level: 2, ID: "closeevent.code", Text: "CloseEvent.code values"}},
		},
		{
			name:   "headings with macros get their IDs after the others",
			locale: "en-US",
			body:   "## {{domxref(\"WebSocket\")}}\n\n## WebSocket\n",
			want: []markdown.Heading{
				{Level: 2, ID: "websocket_2", Text: "WebSocket"},
				{Level: 2, ID: "websocket", Text: "WebSocket"},
			},
		},
		{
			name:   "terms count with the headings that have macros, in page order",
			locale: "en-US",
			body:   "## {{domxref(\"WebSocket\")}}\n\n- WebSocket\n  - : A term.\n\n## {{domxref(\"WebSocket\")}}\n",
			want: []markdown.Heading{
				{Level: 2, ID: "websocket", Text: "WebSocket"},
				{Level: 2, ID: "websocket_3", Text: "WebSocket"},
			},
			wantHTML: []string{`<dt id="websocket_2">`},
		},
		{
			name:   "escapes and character references are read, not counted as text; code is as written",
			locale: "en-US",
			body:   "## A &amp; B \\* C &#x41;\n\n## `a &amp; b`\n",
			want: []markdown.Heading{
				{Level: 2, ID: "a_b_c_a", Text: "A & B * C A"},
				{Level: 2, ID: "a_amp_b", Text: "a &amp; b"},
			},
		},
		{
			name:   "punctuation MDN keeps stays",
			locale: "de",
			body:   "## „Hallo“ – Welt!\n",
			want:   []markdown.Heading{{Level: 2, ID: "„hallo“_–_welt!", Text: "„Hallo“ – Welt!"}},
		},
		{
			name:   "an ID that looks like a repeat is still unique",
			locale: "en-US",
			body:   "## A_2\n\n## A\n\n## A\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" {
				t.Skip("bug: " + tt.bug)
			}
			slug := closeEvent
			r := render(t, tt.locale, slug, tt.body, true)
			for _, d := range r.diags {
				if d.Kind != "fallback" { // links_test.go checks those
					t.Errorf("unexpected diagnostic: %v", d)
				}
			}
			seen := map[string]bool{}
			for _, h := range r.headings {
				if seen[h.ID] {
					t.Errorf("ID %q used twice in %v", h.ID, r.headings)
				}
				seen[h.ID] = true
			}
			if tt.want != nil {
				if diff := cmp.Diff(tt.want, r.headings); diff != "" {
					t.Errorf("headings (-want +got):\n%s", diff)
				}
			}
			r.contains(t, tt.wantHTML...)
		})
	}
}
