package contentcheck

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	src := "---\ntitle: Not counted here\n---\n\n" +
		"Read [the **`code`** page](/en-US/docs/x \"t\") at https://example.com/a now.\n" +
		"{{domxref(\"CloseEvent.code\", \"Code\")}} and {{domxref(\"CloseEvent\")}} then {{Compat}} end\n" +
		"## Syntax\n\n```js-nolint\nnew CloseEvent(type)\n```\n\n## Examples\n\n```js\nconst a = 1;\n```\n"
	var got []string
	for _, w := range Words(src) {
		if w.Text == "" {
			got = append(got, "|")
		} else {
			got = append(got, w.Text)
		}
	}
	want := "read the code page at now code and closeevent then | end syntax | | examples | const a 1 |"
	if strings.Join(got, " ") != want {
		t.Errorf("Words:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if w := Words(src)[0]; w.Line != 5 {
		t.Errorf("first word on line %d, want 5", w.Line)
	}
}

func TestShared(t *testing.T) {
	ix := Index{}
	ix.Add("source", Words("One two three four five six seven eight nine ten.\n\nAlpha beta gamma delta epsilon zeta eta {{Compat}} theta iota."))
	tests := []struct {
		text string
		want []string
	}{
		// Eight words in a row, in other case and punctuation, are found,
		// with all that follows them.
		{"x ONE two, three (four) five six seven eight nine y", []string{"one two three four five six seven eight nine"}},
		// Seven are not.
		{"two three four five six seven eight", nil},
		// A break in the source ends its runs.
		{"alpha beta gamma delta epsilon zeta eta theta", nil},
		// A break in our text does too.
		{"one two three four {{APIRef}} five six seven eight", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, r := range ix.Shared(Words(tc.text)) {
			got = append(got, r.Words)
			if r.Source != "source" || r.Line != 1 {
				t.Errorf("%q: run %+v, want source \"source\" on line 1", tc.text, r)
			}
		}
		if strings.Join(got, "/") != strings.Join(tc.want, "/") {
			t.Errorf("%q: shared %q, want %q", tc.text, got, tc.want)
		}
	}
}
