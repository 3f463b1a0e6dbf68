package markdown

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestHeadingID(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Browser compatibility", "browser_compatibility"},
		{"Browser-Kompatibilität", "browser-kompatibilität"},
		{"Größe", "größe"},
		{"Specifications", "specifications"},
		{"CloseEvent.code", "closeevent.code"},
		{"snake_case name", "snake_case_name"},
		{"What's new?", "whats_new"},
		{"Syntax: close(code, reason)", "syntax_closecode_reason"},
		{"(Deprecated) initCloseEvent()", "deprecated_initcloseevent"},
		{"a ! b", "a_b"},
		{"! leading", "leading"},
		{"trailing !", "trailing"},
		{"  Syntax  ", "syntax"},
		{"a \t\n b", "a_b"},
		{"a\u00a0b", "a_b"},
		{"Version 2", "version_2"},
		{"Примеры использования", "примеры_использования"},
		{"例子 示例", "例子_示例"},
		{"cafe\u0301", "cafe\u0301"},
		{"Ärger & Öl", "ärger_öl"},
		{"", "section"},
		{"   ", "section"},
		{"!!! ???", "section"},
		{"<>&\"'", "section"},
	}
	for _, tt := range tests {
		if got := HeadingID(tt.text); got != tt.want {
			t.Errorf("HeadingID(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// FuzzHeadingID checks that HeadingID never panics and returns a usable
// ID: not empty, valid UTF-8, no white space, only the kept characters,
// starting and ending with what the text keeps, not with the "_" that
// stands for white space.
func FuzzHeadingID(f *testing.F) {
	for _, s := range []string{
		"", " ", "Browser compatibility", "Browser-Kompatibilität", "Größe", "What's new?",
		"a ! b", "\xff\xfe", "cafe\u0301", "例子 示例", "İstanbul", "ǅ", "\u00a0x\u2003y\u3000",
		"_x_", "a_ b", "...", "<code>x</code>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		id := HeadingID(text)
		if id == "" {
			t.Fatalf("HeadingID(%q) is empty", text)
		}
		if !utf8.ValidString(id) {
			t.Fatalf("HeadingID(%q) = %q is not valid UTF-8", text, id)
		}
		for _, r := range id {
			if unicode.IsSpace(r) {
				t.Fatalf("HeadingID(%q) = %q contains white space %U", text, id, r)
			}
			if !isKept(r) {
				t.Fatalf("HeadingID(%q) = %q contains %U, which is not kept", text, id, r)
			}
		}
		// White space only ever joins kept characters: the ID starts with
		// the first kept character of the text and ends with the last.
		var kept []rune
		for _, r := range text {
			if isKept(r) {
				kept = append(kept, unicode.ToLower(r))
			}
		}
		if len(kept) == 0 {
			if id != "section" {
				t.Fatalf("HeadingID(%q) = %q, want section", text, id)
			}
			return
		}
		first, _ := utf8.DecodeRuneInString(id)
		last, _ := utf8.DecodeLastRuneInString(id)
		if first != kept[0] || last != kept[len(kept)-1] {
			t.Fatalf("HeadingID(%q) = %q, want it to run from %q to %q", text, id, kept[0], kept[len(kept)-1])
		}
	})
}

// isKept says whether HeadingID keeps r, as its doc comment says.
func isKept(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("-_.", r)
}
