package macro

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// InlineParser turns "{{...}}" inside paragraphs, table cells and headings
// into CallNodes. goldmark never calls it inside code spans or code blocks,
// and a backslash before "{" makes the brace text, which is how "\{{"
// escapes a call. As in MDN's grammar (tree-sitter-mdn), any backslash
// before "{{" escapes it, one that is itself escaped too: "\\{{x}}" shows
// as "\{{x}}".
type InlineParser struct{}

// Trigger implements parser.InlineParser.
func (InlineParser) Trigger() []byte { return []byte{'{'} }

// Parse implements parser.InlineParser. A call may span lines of its
// paragraph (MDN wraps long argument lists); the lines are joined as the
// reader sees them, so Advance moves exactly past the call.
func (InlineParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !bytes.HasPrefix(line, []byte("{{")) || seg.Start > 0 && block.Source()[seg.Start-1] == '\\' {
		return nil
	}
	c, err := Parse(line)
	if err != nil && !bytes.Contains(line, []byte("}}")) {
		if joined := restOfBlock(parent, block, line); len(joined) > len(line) {
			if c2, err2 := Parse(joined); err2 == nil {
				line, c, err = joined, c2, nil
			}
		}
	}
	n := &CallNode{Call: c, Offset: seg.Start, Err: err}
	if err != nil {
		// Show the call up to its closing braces, or just the braces.
		c.Len = 2
		if i := bytes.Index(line, []byte("}}")); i > 0 {
			c.Len = i + 2
		}
	}
	n.Source = string(line[:c.Len])
	block.Advance(c.Len)
	return n
}

// restOfBlock is line followed by the lines of the block after the
// reader's current one.
func restOfBlock(parent ast.Node, block text.Reader, line []byte) []byte {
	lines := parent.Lines()
	for p := parent; lines.Len() == 0 && p != nil; p = p.Parent() {
		lines = p.Lines()
	}
	i, _ := block.Position()
	if i+1 >= lines.Len() {
		return line
	}
	joined := append([]byte(nil), line...)
	for i++; i < lines.Len(); i++ {
		seg := lines.At(i)
		joined = append(joined, seg.Value(block.Source())...)
	}
	return joined
}

// BlockParser turns a line holding nothing but one call of a block macro
// (Compat, APIRef, CloseCodeTable, ...) into a BlockCallNode, so its output
// is not wrapped in a paragraph. Calls of unknown or inline macros are left
// to the InlineParser.
type BlockParser struct{ Registry *Registry }

// Trigger implements parser.BlockParser.
func (BlockParser) Trigger() []byte { return []byte{'{'} }

// Open implements parser.BlockParser.
func (p BlockParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || !bytes.HasPrefix(line[pos:], []byte("{{")) {
		return nil, parser.NoChildren
	}
	c, err := Parse(line[pos:])
	if err != nil || len(bytes.TrimSpace(line[pos+c.Len:])) > 0 {
		return nil, parser.NoChildren
	}
	if m := p.Registry.Lookup(c.Name); m == nil || !m.Kind.Block() {
		return nil, parser.NoChildren
	}
	n := &BlockCallNode{Call: c, Source: string(line[pos : pos+c.Len]), Offset: seg.Start + pos}
	reader.Advance(len(line) - 1)
	return n, parser.NoChildren
}

// Continue implements parser.BlockParser: a call is one line.
func (BlockParser) Continue(ast.Node, text.Reader, parser.Context) parser.State { return parser.Close }

// Close implements parser.BlockParser.
func (BlockParser) Close(ast.Node, text.Reader, parser.Context) {}

// CanInterruptParagraph implements parser.BlockParser.
func (BlockParser) CanInterruptParagraph() bool { return true }

// CanAcceptIndentedLine implements parser.BlockParser.
func (BlockParser) CanAcceptIndentedLine() bool { return false }

// Renderer writes expanded calls.
type Renderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (Renderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCall, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(n.(*CallNode).HTML)
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(KindBlockCall, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.(*BlockCallNode).HTML != "" {
			_, _ = w.WriteString(n.(*BlockCallNode).HTML)
			_ = w.WriteByte('\n')
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(KindHTML, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(n.(*HTMLNode).HTML)
		}
		return ast.WalkSkipChildren, nil
	})
}
