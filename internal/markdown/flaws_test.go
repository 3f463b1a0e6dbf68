package markdown_test

import (
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// TestRenderFlaws checks that a call that cannot be expanded renders as a
// flaw and is reported at its file:line:col (the page's body starts on
// line bodyLine; columns count bytes).
func TestRenderFlaws(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		strict    bool
		wantLine  int // in the body, from 1
		wantCol   int
		wantKind  diag.Kind
		wantMsg   string
		wantHTML  string
		wantLacks string
	}{
		{
			name:     "unknown macro",
			body:     "First line.\n\nSome {{NoSuchMacro}} here.\n",
			wantLine: 3, wantCol: 6,
			wantKind: "macro-unknown", wantMsg: `unknown macro "NoSuchMacro"`,
			wantHTML: `<p>Some <span class="flaw" title="unknown macro &#34;NoSuchMacro&#34;">{{NoSuchMacro}}</span> here.</p>`,
		},
		{
			name:     "unknown macro, strict",
			body:     "First line.\n\nSome {{NoSuchMacro}} here.\n",
			strict:   true,
			wantLine: 3, wantCol: 6,
			wantKind: "macro-unknown", wantMsg: `unknown macro "NoSuchMacro"`,
			wantHTML: `{{NoSuchMacro}}</span>`,
		},
		{
			name:     "column counts bytes",
			body:     "Größe {{NoSuch}}\n",
			wantLine: 1, wantCol: 9,
			wantKind: "macro-unknown", wantMsg: `unknown macro "NoSuch"`,
			wantHTML: `{{NoSuch}}</span>`,
		},
		{
			name:     "unknown macro in a heading",
			body:     "Intro.\n\n## About {{NoSuch}}\n",
			wantLine: 3, wantCol: 10,
			wantKind: "macro-unknown", wantMsg: `unknown macro "NoSuch"`,
			wantHTML: `<h2 id="about_nosuch">About <span class="flaw"`,
		},
		{
			name:     "unknown macro in a raw HTML block",
			body:     "Intro.\n\n<div>\n<p>x {{NoSuch}}</p>\n</div>\n",
			wantLine: 4, wantCol: 6,
			wantKind: "macro-unknown", wantMsg: `unknown macro "NoSuch"`,
			wantHTML: `<p>x <span class="flaw" title="unknown macro &#34;NoSuch&#34;">{{NoSuch}}</span></p>`,
		},
		{
			name:     "syntax error",
			body:     "Text {{domxref(\"A\"}} more\n",
			wantLine: 1, wantCol: 6,
			wantKind: "macro-syntax", wantMsg: "expected , or )",
			wantHTML: `{{domxref(&#34;A&#34;}}</span> more`,
		},
		{
			name:     "wrong number of arguments",
			body:     "Text\n{{domxref()}}\n",
			wantLine: 2, wantCol: 1,
			wantKind: "macro-args", wantMsg: "domxref takes",
			wantHTML: `{{domxref()}}</span>`,
		},
		{
			name:     "domxref to no page",
			body:     "See {{domxref(\"Nope\")}}.\n",
			wantLine: 1, wantCol: 5,
			wantKind: "link", wantMsg: "/en-US/docs/Web/API/Nope",
			// MDN's way: the label stays, marked as a page not yet written.
			wantHTML:  `See <a class="page-not-created" title="This page has not been written yet"><code>Nope</code></a>.`,
			wantLacks: "href",
		},
		{
			name:     "close-code table without data",
			body:     "{{CloseCodeTable}}\n",
			wantLine: 1, wantCol: 1,
			wantKind: "macro-args", wantMsg: "data/close-codes.toml",
			wantHTML: `{{CloseCodeTable}}</span>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := render(t, "en-US", closeEvent, tt.body, tt.strict)
			if len(r.diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(r.diags), r.diags)
			}
			d := r.diags[0]
			wantSev := diag.Warning
			if tt.strict {
				wantSev = diag.Error
			}
			wantPos := diag.Pos{File: r.file, Line: bodyLine + tt.wantLine - 1, Col: tt.wantCol}
			if d.Pos != wantPos || d.Severity != wantSev || d.Kind != tt.wantKind || !strings.Contains(d.Message, tt.wantMsg) {
				t.Errorf("diagnostic = %v\nwant %v: %v: ...%s... [%s]", d, wantPos, wantSev, tt.wantMsg, tt.wantKind)
			}
			if tt.wantKind != "link" {
				r.contains(t, `<span class="flaw"`)
			}
			r.contains(t, tt.wantHTML)
			if tt.wantLacks != "" {
				r.lacks(t, tt.wantLacks)
			}
		})
	}
}
