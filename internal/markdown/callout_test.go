package markdown_test

import "testing"

func TestRenderCallouts(t *testing.T) {
	const (
		noteDE    = `<div class="callout callout-note" role="note"><p class="callout-title">Hinweis</p>`
		noteEN    = `<div class="callout callout-note" role="note"><p class="callout-title">Note</p>`
		warningEN = `<div class="callout callout-warning" role="note"><p class="callout-title">Warning</p>`
	)
	tests := []struct {
		name   string
		locale string
		body   string
		// want is the whole HTML when exact, else parts of it.
		want  []string
		exact bool
		// callout is false for block quotes that stay block quotes.
		callout bool
		// flaw is the kind of the one diagnostic expected, if any.
		flaw string
	}{
		{
			name: "GitHub style on a de page", locale: "de",
			body:  "> [!NOTE]\n> Text hier.\n",
			want:  []string{noteDE + "\n<p>Text hier.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "classic style, German label", locale: "de",
			body:  "> **Hinweis:** Text hier.\n",
			want:  []string{noteDE + "\n<p>Text hier.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "classic style, English label on a de page", locale: "de",
			body:  "> **Note:** Text hier.\n",
			want:  []string{noteDE + "\n<p>Text hier.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "classic style on an en-US page", locale: "en-US",
			body:  "> **Note:** Some *text*.\n> More.\n",
			want:  []string{noteEN + "\n<p>Some <em>text</em>.\nMore.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "GitHub style, several paragraphs", locale: "en-US",
			body:    "> [!NOTE]\n> One.\n>\n> Two.\n",
			want:    []string{noteEN, "<p>One.</p>", "<p>Two.</p>"},
			callout: true,
		},
		{
			name: "text on the marker's line belongs to the note", locale: "de",
			body:  "> [!NOTE] Gleich dahinter.\n> Und weiter.\n",
			want:  []string{noteDE + "\n<p>Gleich dahinter.\nUnd weiter.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "marker alone, text after a blank line", locale: "en-US",
			body:  "> [!WARNING]\n>\n> Mind the gap.\n",
			want:  []string{warningEN + "\n<p>Mind the gap.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "in a list item", locale: "de",
			body:    "- Punkt\n\n  > [!NOTE]\n  > Eingerückt.\n",
			want:    []string{"<li>", noteDE, "<p>Eingerückt.</p>"},
			callout: true,
		},
		{
			name: "lower case is no marker on MDN", locale: "en-US",
			body: "> [!note]\n> One.\n",
			want: []string{"<blockquote>", "[!note]"},
			flaw: "callout",
		},
		{
			name: "translated marker is no marker", locale: "de",
			body: "> [!HINWEIS]\n> Eins.\n",
			want: []string{"<blockquote>", "[!HINWEIS]"},
			flaw: "callout",
		},
		{
			name: "a link is no marker", locale: "en-US",
			body: "> [!NOTE](/x) text\n",
			want: []string{"<blockquote>", `<a href="/x">!NOTE</a>`},
		},
		{
			name: "warning", locale: "en-US",
			body:    "> [!WARNING]\n> Careful.\n",
			want:    []string{warningEN, "<p>Careful.</p>"},
			callout: true,
		},
		{
			name: "classic warning, German", locale: "de",
			body:    "> **Warnung:** Vorsicht.\n",
			want:    []string{`<div class="callout callout-warning" role="note"><p class="callout-title">Warnung</p>`, "<p>Vorsicht.</p>"},
			callout: true,
		},
		{
			name: "callout has no title: writers give their own", locale: "en-US",
			body:  "> [!CALLOUT]\n> **Try this**\n>\n> Look.\n",
			want:  []string{`<div class="callout callout-callout" role="note">` + "\n<p><strong>Try this</strong></p>\n<p>Look.</p>\n</div>\n"},
			exact: true, callout: true,
		},
		{
			name: "plain quote", locale: "en-US",
			body: "> Just a quote.\n",
			want: []string{"<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n"}, exact: true,
		},
		{
			name: "unknown GitHub marker", locale: "en-US",
			body: "> [!TIP]\n> x\n",
			want: []string{"<blockquote>", "[!TIP]"},
			flaw: "callout",
		},
		{
			name: "unknown bold label", locale: "en-US",
			body: "> **Important:** x\n",
			want: []string{"<blockquote>", "<strong>Important:</strong>"},
		},
		{
			name: "italic label is not a callout", locale: "en-US",
			body: "> *Note:* x\n",
			want: []string{"<blockquote>", "<em>Note:</em>"},
		},
		{
			name: "bold label later in the paragraph", locale: "en-US",
			body: "> See **Note:** x\n",
			want: []string{"<blockquote>", "<strong>Note:</strong>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := render(t, tt.locale, closeEvent, tt.body, true)
			if tt.flaw == "" {
				r.noDiags(t)
			} else if len(r.diags) != 1 || string(r.diags[0].Kind) != tt.flaw || r.diags[0].Pos.Line != bodyLine {
				t.Errorf("diagnostics %v, want one %q flaw on line %d", r.diags, tt.flaw, bodyLine)
			}
			if tt.exact {
				if r.html != tt.want[0] {
					t.Errorf("HTML =\n%s\nwant\n%s", r.html, tt.want[0])
				}
			} else {
				r.contains(t, tt.want...)
			}
			if tt.callout {
				r.lacks(t, "<blockquote>", "[!", "callout-title\">Callout")
			} else {
				r.lacks(t, `class="callout`)
			}
		})
	}
}
