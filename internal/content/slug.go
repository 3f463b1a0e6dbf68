package content

import (
	"fmt"
	"strings"
	"unicode"
)

// CheckSlug reports why slug cannot name a page, or nil. A slug is a
// '/'-separated path such as "Web/API/CloseEvent/code": no empty, "." or
// ".." segments, no backslashes, no control characters, so that it can
// never name a file outside the output directory.
func CheckSlug(slug string) error {
	if slug == "" {
		return fmt.Errorf("slug is empty")
	}
	for _, r := range slug {
		switch {
		case r == '\\':
			return fmt.Errorf("slug %q contains a backslash; use '/' between segments", slug)
		case r == unicode.ReplacementChar:
			return fmt.Errorf("slug %q is not valid UTF-8", slug)
		case unicode.IsControl(r):
			return fmt.Errorf("slug %q contains a control character", slug)
		}
	}
	for seg := range strings.SplitSeq(slug, "/") {
		switch seg {
		case "":
			return fmt.Errorf("slug %q has an empty segment (a leading, trailing or doubled '/')", slug)
		case ".", "..":
			return fmt.Errorf("slug %q has a %q segment", slug, seg)
		}
	}
	return nil
}

// FolderFor returns the folder, below the locale folder, that MDN stores the
// page with this slug in: the slug in lower case, with the characters some
// file systems refuse spelled out.
func FolderFor(slug string) string {
	return folderReplacer.Replace(strings.ToLower(slug))
}

var folderReplacer = strings.NewReplacer(
	"*", "_star_",
	"::", "_doublecolon_",
	":", "_colon_",
	"?", "_question_",
)
