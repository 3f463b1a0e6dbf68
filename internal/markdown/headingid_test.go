package markdown

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestHeadingID(t *testing.T) {
	// Each want is what MDN's renderer (rari's anchorize) gives.
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
		{"a ! b", "a_!_b"},
		{"! leading", "!_leading"},
		{"  Syntax  ", "syntax"},
		{"a \t\n b", "a_b"},
		{"a\t b", "a\tb"},
		{"a\u00a0b", "a\u00a0b"},
		{"Version 2", "version_2"},
		{"Примеры использования", "примеры_использования"},
		{"例子 示例", "例子_示例"},
		{"cafe\u0301", "cafe\u0301"},
		{"Ärger & Öl", "ärger_öl"},
		{"„Anführung“ – Strich…", "„anführung“_–_strich…"},
		{"*emphasis* [x] {y} |z| ~w~ $v ^u @t =s +r %q", "emphasis_x_y_z_w_v_u_t_s_r_q"},
		{"İstanbul", "i\u0307stanbul"},
		{"ΟΔΟΣ ΣΑ", "οδος_σα"},
		{"", "sect"},
		{"   ", "sect"},
		{"!!! ???", "!!!"},
		{"<>&\"'", "sect"},
	}
	for _, tt := range tests {
		if got := HeadingID(tt.text); got != tt.want {
			t.Errorf("HeadingID(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestUniqueID(t *testing.T) {
	taken := map[string]bool{}
	var got []string
	for _, id := range []string{"syntax", "syntax", "syntax", "syntax_2", "version_2", "version_2", "a_", "a_", "x_99999999999999999999", "x_99999999999999999999"} {
		got = append(got, uniqueID(taken, id))
	}
	want := "syntax syntax_2 syntax_3 syntax_4 version_2 version_3 a_ a_1 x_99999999999999999999 x_1"
	if strings.Join(got, " ") != want {
		t.Errorf("uniqueID gave %s, want %s", strings.Join(got, " "), want)
	}
}

// FuzzHeadingID checks that HeadingID never panics and returns a usable
// ID: not empty, valid UTF-8, none of the rejected characters, no space,
// no upper case, no white space at either end, no two ASCII white-space
// characters in a row; and an ID is its own ID.
func FuzzHeadingID(f *testing.F) {
	for _, s := range []string{
		"", " ", "Browser compatibility", "Browser-Kompatibilität", "Größe", "What's new?",
		"a ! b", "\xff\xfe", "cafe\u0301", "例子 示例", "İstanbul", "ǅ", "\u00a0x\u2003y\u3000",
		"_x_", "a_ b", "...", "<code>x</code>", "ΣΣ Σ",
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
		if strings.ContainsAny(id, idRejected+" ") {
			t.Fatalf("HeadingID(%q) = %q holds a rejected character or a space", text, id)
		}
		if strings.ToLower(id) != id {
			t.Fatalf("HeadingID(%q) = %q is not lower case", text, id)
		}
		first, _ := utf8.DecodeRuneInString(id)
		last, _ := utf8.DecodeLastRuneInString(id)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("HeadingID(%q) = %q starts or ends with white space", text, id)
		}
		prev := 'x'
		for _, r := range id {
			if isASCIISpace(r) && isASCIISpace(prev) {
				t.Fatalf("HeadingID(%q) = %q has two white-space characters in a row", text, id)
			}
			prev = r
		}
		if again := HeadingID(id); again != id {
			t.Fatalf("HeadingID(%q) = %q, but HeadingID(%q) = %q", text, id, id, again)
		}
	})
}
