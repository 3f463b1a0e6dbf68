package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/doku-docs/doku/internal/macro"

	"github.com/yuin/goldmark/ast"
)

// HeadingID turns a heading's text into its ID the way MDN does: lower
// case, runs of white space become "_", letters (of any script), digits,
// "-", "_" and "." are kept, everything else is dropped.
// "Browser compatibility" → "browser_compatibility",
// "Browser-Kompatibilität" → "browser-kompatibilität".
func HeadingID(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(text) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '_' || r == '.':
		default:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte('_')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// assignHeadingIDs gives every heading a unique ID computed from its text
// after macros expanded ("_2", "_3" for repeats) and returns the headings.
func assignHeadingIDs(doc ast.Node, src []byte) []Heading {
	var hs []Heading
	seen := map[string]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		text := nodeText(h, src)
		base := HeadingID(text)
		id := base
		for k := 2; seen[id]; k++ {
			id = base + "_" + strconv.Itoa(k)
		}
		seen[id] = true
		h.SetAttributeString("id", []byte(id))
		hs = append(hs, Heading{Level: h.Level, ID: id, Text: text})
		return ast.WalkSkipChildren, nil
	})
	return hs
}

// nodeText is the plain text of n's inline content, macro output included.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if !c.IsCode() {
				b.Write(c.Value)
			}
		case *macro.CallNode:
			b.WriteString(c.PlainText())
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
