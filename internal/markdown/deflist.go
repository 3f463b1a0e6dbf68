package markdown

import (
	"bytes"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/macro"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// The goldmark node kinds of MDN's definition lists.
var (
	KindDefinitionList    = ast.NewNodeKind("DefinitionList")
	KindDefinitionTerm    = ast.NewNodeKind("DefinitionTerm")
	KindDefinitionDetails = ast.NewNodeKind("DefinitionDetails")
)

// DefinitionList is a bullet (or numbered) list written in MDN's
// definition-list form, rendered as <dl>:
//
//   - term
//   - : definition
//
// Its children are DefinitionTerm and DefinitionDetails nodes in source
// order: each term is followed by its definitions.
type DefinitionList struct{ ast.BaseBlock }

// DefinitionTerm is the <dt> made of a list item without its final list.
type DefinitionTerm struct {
	ast.BaseBlock
	// ID is the term's fragment ID, set once heading IDs are known.
	ID string
	// SelfLink wraps the term in a link to its own ID: true when the term
	// holds no link of its own.
	SelfLink bool
}

// DefinitionDetails is the <dd> made of an item of a term's final list,
// without its leading ": ".
type DefinitionDetails struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (n *DefinitionList) Kind() ast.NodeKind { return KindDefinitionList }

// Kind implements ast.Node.
func (n *DefinitionTerm) Kind() ast.NodeKind { return KindDefinitionTerm }

// Kind implements ast.Node.
func (n *DefinitionDetails) Kind() ast.NodeKind { return KindDefinitionDetails }

// Dump implements ast.Node.
func (n *DefinitionList) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// Dump implements ast.Node.
func (n *DefinitionTerm) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"ID": n.ID}, nil)
}

// Dump implements ast.Node.
func (n *DefinitionDetails) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// definitionMarker starts the first line of every definition.
var definitionMarker = []byte(": ")

// markDefinitionLists replaces, below n, every list that follows MDN's
// definition-list form by a DefinitionList, outer lists first, so that a
// definition holding such a list holds a nested DefinitionList.
func markDefinitionLists(n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok && isDefinitionList(l, src) {
			c = convertDefinitionList(l, src)
		}
		markDefinitionLists(c, src)
	}
}

// isDefinitionList applies MDN's rule (rari, crates/rari-md/src/dl.rs):
// a list is a definition list only when every one of its items holds
// something before a final nested list, and every item of that final list
// starts with a paragraph whose text starts with ": ". One item that does
// not fit keeps the whole list a list; so several terms sharing one
// definition ("- a\n- b\n  - : both") stay a list, as on MDN.
//
// doku reads one form more than MDN: blocks after the final list that
// are not lists themselves, indented as the term (a translation that lost
// two spaces of a definition's further paragraphs, a note or a code
// block) continue the last definition. MDN shows such a list as bullets
// with ": " in the text; its writer meant the definition (the English
// original indents them under it).
func isDefinitionList(l *ast.List, src []byte) bool {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		defs := definitions(item)
		if defs == nil {
			return false
		}
		for def := defs.FirstChild(); def != nil; def = def.NextSibling() {
			if !startsWithDefinitionMarker(def.FirstChild(), src) {
				return false
			}
		}
	}
	return l.HasChildren()
}

// definitions returns an item's list of definitions: its last nested
// list, when something comes before it and only blocks that are not
// lists come after it; else nil.
func definitions(item ast.Node) *ast.List {
	for c := item.LastChild(); c != nil && c != item.FirstChild(); c = c.PreviousSibling() {
		if l, ok := c.(*ast.List); ok {
			return l
		}
	}
	return nil
}

// startsWithDefinitionMarker tells whether block is a paragraph (or the
// text block of a tight list) starting with text ": " and more. The
// source line decides, not the text nodes: goldmark splits text at
// spaces where linkify might start.
func startsWithDefinitionMarker(block ast.Node, src []byte) bool {
	switch block.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return false
	}
	if _, ok := block.FirstChild().(*ast.Text); !ok || block.Lines().Len() == 0 {
		return false
	}
	first := block.Lines().At(0)
	if block.FirstChild().(*ast.Text).Segment.Start != first.Start {
		return false
	}
	// CommonMark drops a line's trailing spaces: ": " alone is no marker.
	line := bytes.TrimRight(first.Value(src), " \t\r\n")
	return bytes.HasPrefix(line, definitionMarker) && len(line) > len(definitionMarker)
}

// convertDefinitionList puts a DefinitionList in the place of l and
// returns it. Term paragraphs render without <p> and definition text
// blocks with <p>, as MDN's renderer does.
func convertDefinitionList(l *ast.List, src []byte) ast.Node {
	dl := &DefinitionList{}
	dl.SetBlankPreviousLines(l.HasBlankPreviousLines())
	for item := l.FirstChild(); item != nil; {
		nextItem := item.NextSibling()
		defs := definitions(item)
		var more []ast.Node // blocks after the definitions: the last one's
		for c := defs.NextSibling(); c != nil; c = c.NextSibling() {
			more = append(more, c)
		}
		for _, c := range more {
			item.RemoveChild(item, c)
		}
		item.RemoveChild(item, defs)
		dt := &DefinitionTerm{}
		moveChildren(dt, item, asTextBlock)
		dl.AppendChild(dl, dt)
		var dd *DefinitionDetails
		for def := defs.FirstChild(); def != nil; {
			nextDef := def.NextSibling()
			// The marker is plain text: startsWithDefinitionMarker checked.
			cutLeadingText(def.FirstChild(), len(definitionMarker))
			dd = &DefinitionDetails{}
			moveChildren(dd, def, asParagraph)
			dl.AppendChild(dl, dd)
			def = nextDef
		}
		for _, c := range more {
			dd.AppendChild(dd, asParagraph(c))
		}
		item = nextItem
	}
	l.Parent().ReplaceChild(l.Parent(), l, dl)
	return dl
}

// moveChildren moves every child of from to the end of to, passed
// through convert.
func moveChildren(to, from ast.Node, convert func(ast.Node) ast.Node) {
	for c := from.FirstChild(); c != nil; {
		next := c.NextSibling()
		from.RemoveChild(from, c)
		to.AppendChild(to, convert(c))
		c = next
	}
}

// asTextBlock turns a paragraph into a text block (rendered without <p>).
func asTextBlock(b ast.Node) ast.Node {
	if p, ok := b.(*ast.Paragraph); ok {
		return reblock(p, ast.NewTextBlock())
	}
	return b
}

// asParagraph turns a text block into a paragraph (rendered with <p>).
func asParagraph(b ast.Node) ast.Node {
	if tb, ok := b.(*ast.TextBlock); ok {
		return reblock(tb, ast.NewParagraph())
	}
	return b
}

// reblock moves the lines and inline content of the block from into the
// empty block to, and returns to.
func reblock(from, to ast.Node) ast.Node {
	to.SetLines(from.Lines())
	moveChildren(to, from, func(n ast.Node) ast.Node { return n })
	return to
}

// holdsLink tells whether a term already links somewhere; MDN links only
// the others to themselves.
func holdsLink(dt *DefinitionTerm, src []byte) bool {
	found := false
	_ = ast.Walk(dt, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Link, *ast.AutoLink, *NotWritten:
			found = true
		case *macro.CallNode:
			found = strings.Contains(n.HTML, "<a ")
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				tag := seg.Value(src)
				found = found || bytes.HasPrefix(tag, []byte("<a ")) || bytes.HasPrefix(tag, []byte("<a>"))
			}
		}
		if found {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

type definitionListRenderer struct{}

func (definitionListRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindDefinitionList, wrapIn("dl"))
	reg.Register(KindDefinitionTerm, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		dt := n.(*DefinitionTerm)
		id := html.EscapeString(dt.ID)
		switch {
		case entering && dt.SelfLink:
			_, _ = w.WriteString(`<dt id="` + id + `"><a href="#` + id + `">`)
		case entering:
			_, _ = w.WriteString(`<dt id="` + id + `">`)
		case dt.SelfLink:
			_, _ = w.WriteString("</a></dt>\n")
		default:
			_, _ = w.WriteString("</dt>\n")
		}
		return ast.WalkContinue, nil
	})
	reg.Register(KindDefinitionDetails, wrapIn("dd"))
}

// wrapIn renders a block's children inside an element of its own lines.
func wrapIn(tag string) renderer.NodeRendererFunc {
	return func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<" + tag + ">\n")
		} else {
			_, _ = w.WriteString("</" + tag + ">\n")
		}
		return ast.WalkContinue, nil
	}
}
