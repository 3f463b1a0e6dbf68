package markdown

import (
	"slices"
	"testing"
)

func TestParseCodeInfo(t *testing.T) {
	tests := []struct {
		info    string
		lang    string
		flags   []string
		hidden  bool
		verdict string
	}{
		{info: "", lang: ""},
		{info: "   ", lang: ""},
		{info: "js", lang: "js"},
		{info: "js-nolint", lang: "js"},
		{info: "  css   hidden  ", lang: "css", flags: []string{"hidden"}, hidden: true},
		{info: "js-nolint example-bad", lang: "js", flags: []string{"example-bad"}, verdict: "bad"},
		{info: "html example-good live-sample___demo", lang: "html", flags: []string{"example-good", "live-sample___demo"}, verdict: "good"},
		// The first marker wins; typos are flags like any other.
		{info: "css example-bad example-good", lang: "css", flags: []string{"example-bad", "example-good"}, verdict: "bad"},
		{info: "css example-ba no-lint", lang: "css", flags: []string{"example-ba", "no-lint"}},
		// "hidden" is a flag only after the language.
		{info: "hidden", lang: "hidden"},
	}
	for _, tt := range tests {
		c := parseCodeInfo(tt.info)
		if c.Lang != tt.lang || !slices.Equal(c.Flags, tt.flags) || c.has(flagHidden) != tt.hidden || c.verdict() != tt.verdict {
			t.Errorf("parseCodeInfo(%q) = %+v (hidden %v, verdict %q), want lang %q, flags %q, hidden %v, verdict %q",
				tt.info, c, c.has(flagHidden), c.verdict(), tt.lang, tt.flags, tt.hidden, tt.verdict)
		}
	}
}
