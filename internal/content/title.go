package content

import (
	"html"
	"strings"
)

// A title in MDN's front matter may hold code between backticks
// ("`<input>`: The Input element"). MDN's renderer (rari's
// helpers/title.rs) reads nothing else of Markdown there: a backtick
// escaped with a backslash is a backtick, one without a partner stays as
// it is, and emphasis or links stay text. The page's h1 shows the code as
// <code>; everywhere else (<title>, navigation, search, lists of pages)
// shows the plain text.

// escapedBacktick stands for "\`" while a title is split at backticks: a
// noncharacter, which no title holds.
const escapedBacktick = "\uFFFE"

// titleParts splits a title at its backticks: the odd parts are code,
// except a last odd part, whose backtick has no partner.
func titleParts(title string) []string {
	return strings.Split(strings.ReplaceAll(title, "\\`", escapedBacktick), "`")
}

// TitleText is a title as plain text: without the backticks around code.
func TitleText(title string) string {
	if !strings.Contains(title, "`") {
		return title
	}
	parts := titleParts(title)
	var b strings.Builder
	for i, part := range parts {
		if i%2 == 1 && i == len(parts)-1 {
			b.WriteByte('`')
		}
		b.WriteString(strings.ReplaceAll(part, escapedBacktick, "`"))
	}
	return b.String()
}

// TitleHTML is a title as escaped HTML, with its code in <code>.
func TitleHTML(title string) string {
	parts := titleParts(title)
	var b strings.Builder
	for i, part := range parts {
		text := html.EscapeString(strings.ReplaceAll(part, escapedBacktick, "`"))
		switch {
		case i%2 == 0:
			b.WriteString(text)
		case i == len(parts)-1:
			b.WriteString("`" + text)
		default:
			b.WriteString("<code>" + text + "</code>")
		}
	}
	return b.String()
}
