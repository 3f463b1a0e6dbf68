package compat

import "testing"

func TestSanitizeHTML(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain &amp; simple", "plain &amp; simple"},
		{"bare & and <3", "bare &amp; and &lt;3"},
		{"<code>a &lt; b</code>", "<code>a &lt; b</code>"},
		{"<CODE>x</CODE>", "<code>x</code>"},
		{`<a href='https://bugzil.la/1'>bug</a>`, `<a href="https://bugzil.la/1">bug</a>`},
		{`<a href="/docs/Web" title="x" onclick="evil()">w</a>`, `<a href="/docs/Web">w</a>`},
		{`<a href="javascript:alert(1)">x</a>`, `<a>x</a>`},
		{`<a href=" JAVASCRIPT:alert(1)">x</a>`, `<a>x</a>`},
		{`<a href="https://x/?a=1&amp;b=&quot;2&quot;">x</a>`, `<a href="https://x/?a=1&amp;b=&#34;2&#34;">x</a>`},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`<img src=x onerror=alert(1)>`, "&lt;img src=x onerror=alert(1)&gt;"},
		{"<em>open <code>both", "<em>open <code>both</code></em>"},
		{"<em>a <code>b</em> c</code>", "<em>a <code>b</code></em> c"},
		{"stray </code> close", "stray  close"},
		{"line<br>break<br/>", "line<br>break<br>"},
		{"<table><tr>", "&lt;table&gt;&lt;tr&gt;"},
		{`<a href="x" title="a>b">y</a>`, `<a>b&#34;&gt;y</a>`},
	} {
		if got := SanitizeHTML(tt.in, nil); got != tt.want {
			t.Errorf("SanitizeHTML(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestSanitizeHTMLLink(t *testing.T) {
	got := SanitizeHTML(`<a href="https://developer.mozilla.org/docs/Web/API/X">X</a>`, func(h string) string {
		return "../X/index.html"
	})
	if want := `<a href="../X/index.html">X</a>`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
