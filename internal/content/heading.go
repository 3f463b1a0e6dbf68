package content

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// headingParser reads a body only to find its first heading; plain
// CommonMark, so code blocks and HTML blocks hide what looks like one.
// A goldmark parser is safe for concurrent use.
var headingParser = goldmark.New().Parser()

// HeadingTitle finds the first level-1 heading ("# Install it") of a page
// body, as the title of a page whose front matter gives none (Docusaurus,
// Hugo and MkDocs take it from there too). It returns the title as a
// front-matter title would be written: plain text, with code between
// backticks (see TitleText), and the body with the heading's line blanked,
// since the layout shows the title as the page's h1 and line numbers must
// stay those of the file. ok is false when the body has no such heading
// or it has no text.
func HeadingTitle(body []byte) (title string, rest []byte, ok bool) {
	doc := headingParser.Parse(text.NewReader(body))
	var h *ast.Heading
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if hh, is := n.(*ast.Heading); is && hh.Level == 1 && isATX(hh, body) {
			h = hh
			break
		}
	}
	if h == nil {
		return "", body, false
	}
	var b strings.Builder
	inlineSource(&b, h, body)
	title = strings.Join(strings.Fields(b.String()), " ")
	if title == "" {
		return "", body, false
	}
	seg := h.Lines().At(0)
	start := bytes.LastIndexByte(body[:seg.Start], '\n') + 1
	end := seg.Stop
	if i := bytes.IndexByte(body[end:], '\n'); i >= 0 {
		end += i
	} else {
		end = len(body)
	}
	rest = append(append([]byte{}, body[:start]...), body[end:]...)
	return title, rest, true
}

// isATX reports whether h is written "# Title", not underlined.
func isATX(h *ast.Heading, body []byte) bool {
	if h.Lines().Len() != 1 {
		return false
	}
	seg := h.Lines().At(0)
	line := body[bytes.LastIndexByte(body[:seg.Start], '\n')+1 : seg.Start]
	return bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("#"))
}

// inlineSource writes the text of n's inline children: emphasis, links
// and images as their text, raw HTML left out, code spans between
// backticks, and a backtick of the text escaped so that it stays one.
func inlineSource(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(c.Value(src))))
			b.WriteString(strings.ReplaceAll(string(v), "`", "\\`"))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.WriteString(strings.ReplaceAll(string(c.Value), "`", "\\`"))
		case *ast.CodeSpan:
			var code strings.Builder
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					code.Write(t.Value(src))
				}
			}
			b.WriteString("`" + strings.ReplaceAll(code.String(), "`", "\\`") + "`")
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.RawHTML:
		default:
			inlineSource(b, c, src)
		}
	}
}
