package markdown_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

func TestRenderLinks(t *testing.T) {
	const toWebSocket = "../../../../../en-US/docs/Web/API/WebSocket/index.html"
	tests := []struct {
		name, locale, slug, body string
		want                     []string
		lacks                    []string
		// fallbackCol is the column (on the body's first line) of the
		// fallback warning; 0 when the link must not fall back.
		fallbackCol int
	}{
		{
			name: "translated target", locale: "de", slug: closeEvent,
			body:  "[code](/de/docs/Web/API/CloseEvent/code)\n",
			want:  []string{`<p><a href="code/index.html">code</a></p>`},
			lacks: []string{"fallback-marker"},
		},
		{
			name: "with a fragment, any case", locale: "de", slug: closeEvent,
			body: "[Werte](/de/docs/web/api/closeevent/CODE#werte)\n",
			want: []string{`<a href="code/index.html#werte">Werte</a>`},
		},
		{
			name: "up to the parent", locale: "de", slug: code,
			body: "[zurück](/de/docs/Web/API/CloseEvent)\n",
			want: []string{`<a href="../index.html">zurück</a>`},
		},
		{
			name: "only in English: English page and marker", locale: "de", slug: closeEvent,
			body:        "Siehe [WebSocket](/de/docs/Web/API/WebSocket).\n",
			want:        []string{`<p>Siehe <a href="` + toWebSocket + `">WebSocket</a><span class="fallback-marker">(Englisch)</span>.</p>`},
			fallbackCol: 8,
		},
		{
			name: "only in English, through domxref", locale: "de", slug: closeEvent,
			body:        "{{domxref(\"WebSocket\")}}\n",
			want:        []string{`<a href="` + toWebSocket + `"><code>WebSocket</code></a><span class="fallback-marker">(Englisch)</span>`},
			fallbackCol: 1,
		},
		{
			name: "explicit link to English has no marker", locale: "de", slug: closeEvent,
			body:  "[WebSocket](/en-US/docs/Web/API/WebSocket)\n",
			want:  []string{`<a href="` + toWebSocket + `">WebSocket</a>`},
			lacks: []string{"fallback-marker"},
		},
		{
			name: "en-US page", locale: "en-US", slug: code,
			body:  "[WebSocket](/en-US/docs/Web/API/WebSocket)\n",
			want:  []string{`<a href="../../WebSocket/index.html">WebSocket</a>`},
			lacks: []string{"fallback-marker"},
		},
		{
			name: "external links are left alone", locale: "de", slug: closeEvent,
			body: "[MDN](https://developer.mozilla.org/de/docs/Web/API/WebSocket) [top](#top)\n",
			want: []string{`<a href="https://developer.mozilla.org/de/docs/Web/API/WebSocket">MDN</a>`, `<a href="#top">top</a>`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := render(t, tt.locale, tt.slug, tt.body, true)
			var want []diag.Pos
			if tt.fallbackCol > 0 {
				want = []diag.Pos{{File: r.file, Line: bodyLine, Col: tt.fallbackCol}}
			}
			var got []diag.Pos
			for _, d := range r.diags {
				if d.Kind != "fallback" || d.Severity != diag.Warning || !strings.Contains(d.Message, "/Web/API/WebSocket") {
					t.Errorf("unexpected diagnostic: %v", d)
					continue
				}
				got = append(got, d.Pos)
			}
			if !slices.Equal(got, want) {
				t.Errorf("fallback warnings at %v, want at %v", got, want)
			}
			r.contains(t, tt.want...)
			r.lacks(t, tt.lacks...)
		})
	}
}

func TestRenderBrokenLink(t *testing.T) {
	r := render(t, "de", closeEvent, "Intro.\n\nSee [nothing](/de/docs/Web/API/Nothing).\n", false)
	// As MDN shows it: the text, marked, and no link that fails.
	r.contains(t, `<a class="page-not-created" title="Diese Seite ist noch nicht geschrieben">nothing</a>`)
	if len(r.diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(r.diags), r.diags)
	}
	d := r.diags[0]
	want := diag.Pos{File: r.file, Line: bodyLine + 2, Col: 6}
	if d.Pos != want || d.Kind != "link" || d.Severity != diag.Warning || !strings.Contains(d.Message, "/de/docs/Web/API/Nothing") {
		t.Errorf("diagnostic = %v; want a link warning at %v naming the href", d, want)
	}
}

// TestRenderBrokenLinkPosition checks that a broken link is reported on
// its own line whatever its text starts with.
func TestRenderBrokenLinkPosition(t *testing.T) {
	tests := []struct {
		name, link string
		bug        string
	}{
		{name: "plain text", link: "[nothing](/de/docs/Web/API/Nothing)"},
		{name: "code span", link: "[`nothing`](/de/docs/Web/API/Nothing)"},
		{name: "emphasis", link: "[*nothing*](/de/docs/Web/API/Nothing)"},
		{
			name: "raw HTML first", link: "[<b>nothing</b>](/de/docs/Web/API/Nothing)",
		},
		{
			name: "empty text", link: "[](/de/docs/Web/API/Nothing)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" {
				t.Skip("bug: " + tt.bug)
			}
			r := render(t, "de", closeEvent, "Intro.\n\nSee "+tt.link+".\n", false)
			if len(r.diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(r.diags), r.diags)
			}
			// The link starts at column 5 of body line 3; the position may
			// be that of its text, which comes after.
			d := r.diags[0]
			if d.Kind != "link" || d.Pos.Line != bodyLine+2 || d.Pos.Col < 5 || d.Pos.Col > 5+len(tt.link) {
				t.Errorf("diagnostic = %v; want a link problem on line %d inside the link", d, bodyLine+2)
			}
		})
	}
}
