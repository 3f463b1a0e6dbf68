package content

import (
	"strings"
	"testing"
)

func TestCheckSlug(t *testing.T) {
	tests := []struct {
		slug string
		// errPart is a part of the expected error, "" for a valid slug.
		errPart string
	}{
		{"Web/API/CloseEvent", ""},
		{"Web/API/CloseEvent/code", ""},
		{"Web", ""},
		{"Web/CSS/::before", ""},
		{"Web/API/Größe", ""},
		{"Glossary/.htaccess", ""},
		{"Web/API/a..b", ""},
		{"", "empty"},
		{"Web/../etc", `".." segment`},
		{"..", `".." segment`},
		{"Web/API/..", `".." segment`},
		{"Web/./API", `"." segment`},
		{".", `"." segment`},
		{"/Web/API", "empty segment"},
		{"Web/API/", "empty segment"},
		{"Web//API", "empty segment"},
		{"/", "empty segment"},
		{`Web\API`, "backslash"},
		{`..\..\etc`, "backslash"},
		{"Web/API\x00/x", "control character"},
		{"Web/\nAPI", "control character"},
		{"Web/\tAPI", "control character"},
		{"Web/\x7fAPI", "control character"},
		{"Web/\u0085API", "control character"},
		{"Web/\xffAPI", "not valid UTF-8"},
	}
	for _, tt := range tests {
		err := CheckSlug(tt.slug)
		switch {
		case tt.errPart == "" && err != nil:
			t.Errorf("CheckSlug(%q) = %v, want nil", tt.slug, err)
		case tt.errPart != "" && err == nil:
			t.Errorf("CheckSlug(%q) = nil, want an error about %s", tt.slug, tt.errPart)
		case tt.errPart != "" && !strings.Contains(err.Error(), tt.errPart):
			t.Errorf("CheckSlug(%q) = %v, want an error about %s", tt.slug, err, tt.errPart)
		}
	}
}

func TestFolderFor(t *testing.T) {
	tests := []struct{ slug, want string }{
		{"Web/API/CloseEvent", "web/api/closeevent"},
		{"Web/API/CloseEvent/wasClean", "web/api/closeevent/wasclean"},
		{"Web/API/Größe", "web/api/größe"},
		{"Web/CSS/:hover", "web/css/_colon_hover"},
		{"Web/CSS/::before", "web/css/_doublecolon_before"},
		{"Web/CSS/:::x", "web/css/_doublecolon__colon_x"},
		{"Web/CSS/::after/:a", "web/css/_doublecolon_after/_colon_a"},
		{"Web/CSS/*", "web/css/_star_"},
		{"Glossary/What?", "glossary/what_question_"},
		{"A*B?C:D", "a_star_b_question_c_colon_d"},
	}
	for _, tt := range tests {
		if got := FolderFor(tt.slug); got != tt.want {
			t.Errorf("FolderFor(%q) = %q, want %q", tt.slug, got, tt.want)
		}
	}
}
