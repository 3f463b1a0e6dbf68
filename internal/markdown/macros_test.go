package markdown_test

import "testing"

// TestRenderMacroContexts checks where calls are expanded and where they
// are text.
func TestRenderMacroContexts(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		want  []string
		lacks []string
		bug   string
	}{
		{
			name: "escaped call is literal text",
			body: "Write \\{{Foo}} for a macro.\n",
			want: []string{"<p>Write {{Foo}} for a macro.</p>\n"},
		},
		{
			name: "a call after an escaped backslash is text too, as in MDN's grammar",
			body: "Write \\\\{{domxref}} for a macro.\n",
			want: []string{"<p>Write \\{{domxref}} for a macro.</p>\n"},
		},
		{
			name: "call in a code span is not expanded",
			body: "Write `{{Foo}}` or `{{domxref(\"Nope\")}}`.\n",
			want: []string{"<p>Write <code>{{Foo}}</code> or <code>{{domxref(&quot;Nope&quot;)}}</code>.</p>\n"},
		},
		{
			name: "call in a paragraph",
			body: "The {{domxref(\"CloseEvent.code\")}} property.\n",
			want: []string{`<p>The <a href="code/index.html"><code>CloseEvent.code</code></a> property.</p>`},
		},
		{
			name: "domxref with text and dontCode",
			body: "{{domxref(\"CloseEvent.code\", \"the code\", \"\", true)}} and {{DOMxRef(\"CloseEvent\")}}\n",
			want: []string{`<a href="code/index.html">the code</a> and <a href="index.html"><code>CloseEvent</code></a>`},
		},
		{
			name: "call in a raw HTML table",
			body: "<table>\n<tr><td>{{domxref(\"CloseEvent.code\")}}</td><td>\\{{NotAMacro}}</td></tr>\n</table>\n",
			want: []string{
				"<table>\n",
				`<tr><td><a href="code/index.html"><code>CloseEvent.code</code></a></td><td>{{NotAMacro}}</td></tr>`,
				"</table>",
			},
			lacks: []string{"domxref", `\{{`},
		},
		{
			name: "call in a GFM table cell",
			body: "| Property | Type |\n| --- | --- |\n| {{domxref(\"CloseEvent.code\")}} | number |\n",
			want: []string{`<td><a href="code/index.html"><code>CloseEvent.code</code></a></td>`},
		},
		{
			name: "call in a list item",
			body: "- {{domxref(\"CloseEvent.code\")}}\n",
			want: []string{`<li><a href="code/index.html"><code>CloseEvent.code</code></a></li>`},
		},
		{
			name: "call over two lines in a raw HTML block",
			body: "<div>\n{{domxref(\n  \"CloseEvent.code\")}}\n</div>\n",
			want: []string{`<a href="code/index.html"><code>CloseEvent.code</code></a>`},
		},
		{
			name: "call over two lines in a paragraph",
			body: "The {{domxref(\n  \"CloseEvent.code\")}} property.\n",
			want: []string{`<a href="code/index.html"><code>CloseEvent.code</code></a> property.`},
		},
		{
			name: "call over three lines in a list item",
			body: "- The {{domxref(\n  \"CloseEvent.code\",\n  \"code\")}} property.\n",
			want: []string{`The <a href="code/index.html"><code>code</code></a> property.`},
		},
		{
			name:  "sidebar macro renders nothing",
			body:  "{{APIRef(\"WebSockets API\")}}\n\nText.\n",
			want:  []string{"<p>Text.</p>"},
			lacks: []string{"APIRef", "<p></p>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" {
				t.Skip("bug: " + tt.bug)
			}
			r := render(t, "en-US", closeEvent, tt.body, true)
			r.noDiags(t)
			r.contains(t, tt.want...)
			r.lacks(t, tt.lacks...)
			r.lacks(t, `class="flaw"`)
		})
	}
}

// TestRenderCompat checks a block macro on a translation: it is not
// wrapped in a paragraph, and when it fails (here: no browser-compat data
// is loaded) it renders as a flaw and is reported where it stands.
func TestRenderCompat(t *testing.T) {
	for _, body := range []string{
		"## Browser-Kompatibilität\n\n{{Compat}}\n",
		"## Browser-Kompatibilität\n\n{{Compat}}", // no newline at the end
	} {
		r := render(t, "de", closeEvent, body, true)
		r.contains(t, `<span class="flaw" title="Compat: no browser-compat data is loaded">{{Compat}}</span>`)
		r.lacks(t, "<p><span", "<p>}</p>")
		if len(r.diags) != 1 {
			t.Fatalf("%q: got %d diagnostics, want 1: %v", body, len(r.diags), r.diags)
		}
		d := r.diags[0]
		if d.Kind != "bcd" || d.Pos.File != r.file || d.Pos.Line != bodyLine+2 || d.Pos.Col != 1 {
			t.Errorf("%q: diagnostic = %v; want a bcd flaw at %s:%d:1", body, d, r.file, bodyLine+2)
		}
	}
}
