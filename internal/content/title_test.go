package content

import "testing"

// TestTitle checks MDN's reading of a title: code between backticks, an
// escaped backtick, one without a partner, and Markdown that stays text.
func TestTitle(t *testing.T) {
	for _, c := range []struct{ title, text, html string }{
		{"Plain words", "Plain words", "Plain words"},
		{"", "", ""},
		{"`<meter>`: the gauge element", "<meter>: the gauge element", "<code>&lt;meter&gt;</code>: the gauge element"},
		{"`a` & `b`", "a & b", "<code>a</code> &amp; <code>b</code>"},
		{"Die Eigenschaft `gap`", "Die Eigenschaft gap", "Die Eigenschaft <code>gap</code>"},
		{"one `open", "one `open", "one `open"},
		{"`shut` then `open", "shut then `open", "<code>shut</code> then `open"},
		{"`x``y`", "xy", "<code>x</code><code>y</code>"},
		{"``", "", "<code></code>"},
		{"\\`kept\\`", "`kept`", "`kept`"},
		{"`in\\`side`", "in`side", "<code>in`side</code>"},
		{"*stays* _text_ [too](x)", "*stays* _text_ [too](x)", "*stays* _text_ [too](x)"},
		{"Tom & \"Jerry\"", "Tom & \"Jerry\"", "Tom &amp; &#34;Jerry&#34;"},
	} {
		if got := TitleText(c.title); got != c.text {
			t.Errorf("TitleText(%q) = %q, want %q", c.title, got, c.text)
		}
		if got := TitleHTML(c.title); got != c.html {
			t.Errorf("TitleHTML(%q) = %q, want %q", c.title, got, c.html)
		}
	}
}
