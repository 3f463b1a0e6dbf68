package markdown_test

import (
	"regexp"
	"testing"
)

func TestRenderCode(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
		// wantRE matches chroma's token spans where the language is known.
		wantRE string
		lacks  []string
	}{
		{
			name:   "js is highlighted",
			body:   "```js\nconst ws = new WebSocket(url);\n```\n",
			want:   []string{`<pre class="chroma js"><code class="language-js">`, "</code></pre>\n"},
			wantRE: `<span class="k[a-z]*">const</span>`,
		},
		{
			name:   "extra words become classes",
			body:   "```js live-sample\nlet x = 1;\n```\n",
			want:   []string{`<pre class="chroma js live-sample"><code class="language-js">`},
			wantRE: `<span class="k[a-z]*">let</span>`,
		},
		{
			name:   "highlighted code is escaped",
			body:   "```html\n<b>&amp;</b>\n```\n",
			want:   []string{`<code class="language-html">`, "&lt;", "&amp;amp;"},
			wantRE: `<span class="[a-z]+">&lt;</span>`,
			lacks:  []string{"<b>"},
		},
		{
			name:  "unknown language: escaped, not highlighted",
			body:  "```nosuchlang\na < b && c\n```\n",
			want:  []string{`<pre class="chroma nosuchlang"><code class="language-nosuchlang">a &lt; b &amp;&amp; c` + "\n</code></pre>\n"},
			lacks: []string{"<span"},
		},
		{
			name:  "no language",
			body:  "```\nplain\n```\n",
			want:  []string{"<pre class=\"chroma\"><code>plain\n</code></pre>\n"},
			lacks: []string{"<span", "language-"},
		},
		{
			name:   "-nolint is the language without the linter",
			body:   "```js-nolint\nlet  x=1\n```\n",
			want:   []string{`<pre class="chroma js"><code class="language-js">`},
			wantRE: `<span class="k[a-z]*">let</span>`,
			lacks:  []string{"nolint"},
		},
		{
			name:   "unknown flags are classes and highlighting stays",
			body:   "```js example-ba no-lint live-example___x\nlet x = 1;\n```\n",
			want:   []string{`<pre class="chroma js example-ba no-lint live-example___x"><code class="language-js">`},
			wantRE: `<span class="k[a-z]*">let</span>`,
			lacks:  []string{"figure"},
		},
		{
			name:   "an interactive example's code stays visible and classed",
			body:   "```css interactive-example-choice\ncolor: red;\n```\n",
			want:   []string{`<pre class="chroma css interactive-example-choice"><code class="language-css">`},
			wantRE: `<span class="[a-z]+">red</span>`,
		},
		{
			name:  "hidden blocks are not shown",
			body:  "```css hidden\np { color: red; }\n```\n",
			lacks: []string{"<pre", "color"},
		},
		{
			name:  "plain is text as it is",
			body:  "```plain\na < b\n```\n",
			want:  []string{`<pre class="chroma plain"><code class="language-plain">a &lt; b` + "\n</code></pre>\n"},
			lacks: []string{"<span"},
		},
		{
			name:  "macro in fenced code stays text",
			body:  "```\n{{domxref(\"Nope\")}}\n```\n",
			want:  []string{"<pre class=\"chroma\"><code>{{domxref(&#34;Nope&#34;)}}\n</code></pre>\n"},
			lacks: []string{"flaw"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := render(t, "en-US", closeEvent, tt.body, true)
			r.noDiags(t)
			r.contains(t, tt.want...)
			r.lacks(t, tt.lacks...)
			if tt.wantRE != "" && !regexp.MustCompile(tt.wantRE).MatchString(r.html) {
				t.Errorf("HTML does not match %s:\n%s", tt.wantRE, r.html)
			}
		})
	}
}
