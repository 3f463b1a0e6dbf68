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
			name: "GitHub style, lower case, several paragraphs", locale: "en-US",
			body:    "> [!note]\n> One.\n>\n> Two.\n",
			want:    []string{noteEN, "<p>One.</p>", "<p>Two.</p>"},
			callout: true,
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
			name: "callout", locale: "en-US",
			body:    "> [!CALLOUT]\n> Look.\n",
			want:    []string{`<div class="callout callout-callout" role="note"><p class="callout-title">Callout</p>`},
			callout: true,
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
			r.noDiags(t)
			if tt.exact {
				if r.html != tt.want[0] {
					t.Errorf("HTML =\n%s\nwant\n%s", r.html, tt.want[0])
				}
			} else {
				r.contains(t, tt.want...)
			}
			if tt.callout {
				r.lacks(t, "<blockquote>", "[!", "<strong>")
			} else {
				r.lacks(t, `class="callout`)
			}
		})
	}
}
