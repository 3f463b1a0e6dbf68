package macro

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ html, want string }{
		{"", ""},
		{"CloseEvent", "CloseEvent"},
		{"<code>CloseEvent.code</code>", "CloseEvent.code"},
		{`<a href="../code/index.html"><code>CloseEvent.code</code></a>`, "CloseEvent.code"},
		{"a &amp; b", "a & b"},
		{"&lt;table&gt;", "<table>"},
		{`<a href="x">A &lt;b&gt;</a>`, "A <b>"},
		{"x &#34;y&#34; &quot;z&quot;", `x "y" "z"`},
		// Fallback markers are left out, so heading IDs stay stable.
		{`<span class="fallback-marker">(Englisch)</span>`, ""},
		{`<a href="x"><code>WebSocket</code></a><span class="fallback-marker">(Englisch)</span> API`, "WebSocket API"},
		{"Größe <em>über</em> alles", "Größe über alles"},
		{"a > b", "a > b"},
	}
	for _, tt := range tests {
		if got := PlainText(tt.html); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.html, got, tt.want)
		}
	}
}

// TestLinePos checks the conversion of an offset in a page's body to a
// position in its file, whose body starts on bodyLine.
func TestLinePos(t *testing.T) {
	body := []byte("first\nGröße {{x}}\n\nlast")
	tests := []struct {
		off             int
		wantLine, wantC int
	}{
		{0, 7, 1},
		{5, 7, 6},  // the newline ending the first line
		{6, 8, 1},  // 'G'
		{14, 8, 9}, // '{' after "Größe " (8 bytes)
		{20, 9, 1}, // the empty line
		{21, 10, 1},
		{22, 10, 2},
		{25, 10, 5}, // the end of the body
	}
	for _, tt := range tests {
		p := LinePos("content/de/x/index.md", body, 7, tt.off)
		if p.File != "content/de/x/index.md" || p.Line != tt.wantLine || p.Col != tt.wantC {
			t.Errorf("LinePos(off %d) = %v, want line %d col %d", tt.off, p, tt.wantLine, tt.wantC)
		}
	}
}
