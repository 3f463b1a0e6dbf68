package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/doku-docs/doku/internal/macro"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// idRejected are the characters MDN's renderer (rari's anchorize) drops
// from a heading's text to make its ID; every other character stays.
const idRejected = "*<>\"$#%&+,/:;=?@[]^`{|}~')(\\"

// HeadingID turns a heading's text into its ID exactly as MDN does, so
// that a link written against MDN's page lands on doku's: the characters
// of idRejected are dropped, white space at both ends trimmed, the rest
// lower-cased; a run of ASCII white space keeps its first character, and
// spaces become "_". Everything else stays, punctuation such as "!", "–"
// or "„" and non-breaking spaces included. Text that leaves nothing is
// "sect".
// "Browser compatibility" → "browser_compatibility",
// "Browser-Kompatibilität" → "browser-kompatibilität",
// "What's new?" → "whats_new".
func HeadingID(text string) string {
	s := strings.Map(func(r rune) rune {
		if strings.ContainsRune(idRejected, r) {
			return -1
		}
		return r
	}, text)
	s = lowerAsRust(strings.TrimFunc(s, unicode.IsSpace))
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		ascii := isASCIISpace(r)
		if ascii && isASCIISpace(prev) {
			prev = r
			continue
		}
		prev = r
		if r == ' ' {
			r = '_'
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "sect"
	}
	return b.String()
}

// isASCIISpace is Rust's char::is_ascii_whitespace, which rari uses: no
// vertical tab.
func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// lowerAsRust lower-cases s as Rust's str::to_lowercase does, where it
// differs from strings.ToLower: "İ" becomes "i̇", and a capital sigma
// that ends a word becomes "ς".
func lowerAsRust(s string) string {
	if !strings.ContainsAny(s, "İΣ") {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == 'İ':
			b.WriteString("i\u0307")
		case r == 'Σ' && i > 0 && isCased(rs[i-1]) && (i+1 == len(rs) || !isCased(rs[i+1])):
			b.WriteRune('ς')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// uniqueID returns id, or, when taken, the first free "prefix_N" as MDN
// counts: a taken "syntax" becomes "syntax_2", a taken "syntax_2"
// "syntax_3" (an ID that ends in "_<digits>" counts on from there). The
// result is marked taken.
func uniqueID(taken map[string]bool, id string) string {
	if !taken[id] {
		taken[id] = true
		return id
	}
	prefix, count := id, 2
	if i := strings.LastIndexByte(id, '_'); i >= 0 && allDigits(id[i+1:]) {
		n, err := strconv.Atoi(id[i+1:])
		if err != nil {
			n = 0 // "" or too long, as rari reads it
		}
		prefix, count = id[:i], n+1
	}
	unique := prefix + "_" + strconv.Itoa(count)
	for ; taken[unique] && count < 666; count++ {
		unique = prefix + "_" + strconv.Itoa(count+1)
	}
	taken[unique] = true
	return unique
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// assignHeadingIDs gives every heading and definition term its ID in
// MDN's two rounds and returns the headings in page order. First, in page
// order, the headings whose text holds no macro call, from their whole
// text. Then, in page order, the headings with a call and the terms,
// from the text of their first element when they start with one (a link
// a macro made, `code`), else from their whole text. Each ID is unique
// among those given before it ("_2", "_3").
func assignHeadingIDs(doc ast.Node, src []byte) []Heading {
	var hs []Heading
	var later []ast.Node
	taken := map[string]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			hs = append(hs, Heading{Level: n.Level, Text: nodeText(n, src)})
			if holdsCall(n) {
				later = append(later, n)
			} else {
				hs[len(hs)-1].ID = uniqueID(taken, HeadingID(hs[len(hs)-1].Text))
				n.SetAttributeString("id", []byte(hs[len(hs)-1].ID))
			}
			return ast.WalkSkipChildren, nil
		case *DefinitionTerm:
			later = append(later, n)
		}
		return ast.WalkContinue, nil
	})
	k := 0
	for _, n := range later {
		id := uniqueID(taken, HeadingID(leadText(n, src)))
		switch n := n.(type) {
		case *ast.Heading:
			n.SetAttributeString("id", []byte(id))
			for hs[k].ID != "" {
				k++
			}
			hs[k].ID = id
		case *DefinitionTerm:
			n.ID = id
			n.SelfLink = !holdsLink(n, src)
		}
	}
	return hs
}

// holdsCall says whether a heading's text holds a macro call.
func holdsCall(h *ast.Heading) bool {
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		found := false
		_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if _, ok := n.(*macro.CallNode); ok {
				found = true
				return ast.WalkStop, nil
			}
			return ast.WalkContinue, nil
		})
		if found {
			return true
		}
	}
	return false
}

// leadText is the text MDN makes the ID of a heading with a macro call,
// or of a term, from: the text of its first element when it starts with
// one, else its whole text.
func leadText(n ast.Node, src []byte) string {
	first := n.FirstChild()
	if first != nil && first.Type() == ast.TypeBlock { // a term's text block
		n, first = first, first.FirstChild()
	}
	if first == nil {
		return ""
	}
	switch first.(type) {
	case *ast.Text, *ast.String:
		return nodeText(n, src)
	case *macro.CallNode:
		return macro.PlainText(firstElement(first.(*macro.CallNode).HTML))
	}
	return nodeText(first, src)
}

// firstElement is the first element of a call's HTML when the HTML starts
// with one ("<a ...><code>X</code></a> more" → the link), else all of it.
func firstElement(s string) string {
	if !strings.HasPrefix(s, "<") || strings.HasPrefix(s, "<!") {
		return s
	}
	end := strings.IndexAny(s, " >/")
	if end < 0 {
		return s
	}
	tag := s[1:end]
	depth := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		switch {
		case strings.HasPrefix(s[i:], "</"+tag+">"):
			depth--
			if depth == 0 {
				return s[:i+len(tag)+3]
			}
		case strings.HasPrefix(s[i:], "<"+tag+">") || strings.HasPrefix(s[i:], "<"+tag+" "):
			depth++
		}
		i++
	}
	return s
}

// nodeText is the plain text of n's inline content as a reader sees it:
// escapes and character references resolved ("&amp;" is "&"), code as
// written, macro output included.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			v := c.Segment.Value(src)
			if bytes.ContainsAny(v, "\\&") {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
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
