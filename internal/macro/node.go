package macro

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// KindCall and KindBlockCall are the goldmark node kinds of macro calls.
var (
	KindCall      = ast.NewNodeKind("MacroCall")
	KindBlockCall = ast.NewNodeKind("MacroBlockCall")
	KindHTML      = ast.NewNodeKind("MacroExpandedHTML")
)

// CallNode is a macro call inside a paragraph. Offset is the byte offset of
// its first '{' in the Markdown source; HTML is set by Expand.
type CallNode struct {
	ast.BaseInline
	Call   Call
	Source string
	Offset int
	// Err is a syntax error found while parsing; the node renders as a flaw.
	Err  error
	HTML string
}

// Kind implements ast.Node.
func (n *CallNode) Kind() ast.NodeKind { return KindCall }

// Dump implements ast.Node.
func (n *CallNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Source": n.Source}, nil)
}

// PlainText is the plain text of the expansion, for heading IDs and titles.
func (n *CallNode) PlainText() string { return PlainText(n.HTML) }

// BlockCallNode is a call of a block macro standing alone on its line.
type BlockCallNode struct {
	ast.BaseBlock
	Call   Call
	Source string
	Offset int
	HTML   string
}

// Kind implements ast.Node.
func (n *BlockCallNode) Kind() ast.NodeKind { return KindBlockCall }

// Dump implements ast.Node.
func (n *BlockCallNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Source": n.Source}, nil)
}

// HTMLNode is a raw HTML block whose macro calls have been expanded.
type HTMLNode struct {
	ast.BaseBlock
	HTML string
}

// Kind implements ast.Node.
func (n *HTMLNode) Kind() ast.NodeKind { return KindHTML }

// Dump implements ast.Node.
func (n *HTMLNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// PlainText strips tags and fallback markers from s and resolves entities.
func PlainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	for {
		before, after, ok := strings.Cut(s, fallbackMarkerOpen)
		if !ok {
			break
		}
		_, rest, _ := strings.Cut(after, "</span>")
		s = before + rest
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}
