package macro

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/yuin/goldmark/ast"
)

// Reporter receives the problems found while expanding, with the byte
// offset of the call in the page's Markdown.
type Reporter interface {
	// Flaw reports a call that rendered as a flaw marker.
	Flaw(offset int, kind diag.Kind, hint, msg string)
	// Pending reports a section shown as a notice for now.
	Pending(offset int, msg string)
	// Fallback reports a link that leads to the English page because the
	// page's locale has no translation of it.
	Fallback(offset int, href string)
}

// Expander expands the calls of one page's document.
type Expander struct {
	Registry *Registry
	Env      *Env
	Report   Reporter

	inTag   bool     // expanding a call inside a raw HTML tag
	results []Result // of the calls that rendered, in order
}

// ExpandDocument expands every call in doc: CallNodes, BlockCallNodes, and
// calls inside raw HTML blocks (MDN writes tables as raw HTML). It returns
// the results of the calls that rendered, in the order they ran, for the
// renderer to compose into what the page asks for.
func (x *Expander) ExpandDocument(doc ast.Node, src []byte) []Result {
	var htmlBlocks []*ast.HTMLBlock
	var paras []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *CallNode:
			if n.Err != nil {
				x.flaw(n.Offset, diag.MacroSyntax, "write {{Name}} or {{Name(\"arg\", 2)}}; escape a literal one as \\{{", n.Err.Error(), &n.HTML, n.Source)
			} else {
				n.HTML = x.expand(n.Call, n.Source, n.Offset)
			}
		case *BlockCallNode:
			n.HTML = x.expand(n.Call, n.Source, n.Offset)
		case *ast.HTMLBlock:
			htmlBlocks = append(htmlBlocks, n)
		case *ast.Paragraph:
			paras = append(paras, n)
		}
		return ast.WalkContinue, nil
	})
	for _, hb := range htmlBlocks {
		x.expandHTMLBlock(hb, src)
	}
	for _, p := range paras {
		x.unwrapBlockCalls(p, src)
	}
	return x.results
}

// unwrapBlockCalls replaces a paragraph that holds nothing but calls of
// block macros ("{{APIRef}}{{SeeCompatTable}}" on one line, as MDN pages
// often start) by their output, so a banner is not wrapped in <p>.
func (x *Expander) unwrapBlockCalls(p *ast.Paragraph, src []byte) {
	var b strings.Builder
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *CallNode:
			m := x.Registry.Lookup(c.Call.Name)
			if c.Err != nil || m == nil || !m.Kind.Block() {
				return
			}
			b.WriteString(c.HTML)
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return
			}
		default:
			return
		}
	}
	if b.Len() == 0 {
		p.Parent().RemoveChild(p.Parent(), p)
		return
	}
	p.Parent().ReplaceChild(p.Parent(), p, &HTMLNode{HTML: b.String() + "\n"})
}

// expand checks one call against the registry, runs it, and returns its
// HTML, a notice, or a flaw marker. A live sample the call asks for
// stands where the call stood, as its marker.
func (x *Expander) expand(c Call, source string, off int) string {
	m, args, err := x.Registry.Check(c)
	var unknown *UnknownError
	if errors.As(err, &unknown) {
		var out string
		x.flaw(off, diag.MacroUnknown, "run 'doku macros' for the list of known macros", err.Error(), &out, source)
		return out
	}
	var res Result
	if err == nil {
		res, err = m.Expand(x.Env, args)
	}
	for _, href := range res.Fallbacks {
		x.Report.Fallback(off, href)
	}
	if err == nil {
		out := res.HTML
		for i := range res.LiveSamples {
			res.LiveSamples[i].Offset = off
			out += res.LiveSamples[i].Marker()
		}
		if res.Interactive != nil {
			res.Interactive.Offset = off
			out += res.Interactive.Marker()
		}
		x.results = append(x.results, res)
		return out
	}
	return x.failed(m, err, source, off)
}

// failed reports a call that did not render and returns what the page
// shows instead.
func (x *Expander) failed(m *Macro, err error, source string, off int) string {
	var pending *PendingError
	var broken *BrokenLinkError
	var missing *MissingPageError
	var args *ArgError
	var data *DataError
	var out string
	switch {
	case errors.As(err, &pending):
		x.Report.Pending(off, fmt.Sprintf("{{%s}}: %v", m.Name, err))
		return pending.HTML
	case errors.As(err, &missing):
		// MDN's way: the label stays readable, marked as not yet written.
		x.Report.Flaw(off, diag.Link, "correct the target, or write the missing page", fmt.Sprintf("%s: %v", strings.TrimSpace(source), err))
		return missing.HTML
	case errors.As(err, &broken):
		x.flaw(off, diag.Link, "correct the link target, or write the missing page", fmt.Sprintf("%s: %v", source, err), &out, source)
	case errors.As(err, &data):
		kind := cmp.Or(data.Kind, diag.BCD)
		if data.Quiet {
			x.Report.Flaw(off, kind, data.Hint, fmt.Sprintf("%s: %v", m.Name, err))
			return data.HTML
		}
		x.flaw(off, kind, data.Hint, fmt.Sprintf("%s: %v", m.Name, err), &out, source)
	case errors.As(err, &args):
		x.flaw(off, diag.MacroArgs, m.Name+m.Args(), fmt.Sprintf("%s %v", m.Name, err), &out, source)
	default:
		x.flaw(off, diag.Macro, "", fmt.Sprintf("%s: %v", m.Name, err), &out, source)
	}
	return out
}

func (x *Expander) flaw(off int, kind diag.Kind, hint, msg string, out *string, source string) {
	x.Report.Flaw(off, kind, hint, msg)
	if x.inTag {
		*out = html.EscapeString(source)
		return
	}
	*out = FlawHTML(source, msg)
}

// expandHTMLBlock replaces a raw HTML block that holds calls or internal
// links by an HTMLNode with the calls expanded (but not those in comments
// and <pre>) and the links resolved. "\{{" stays as a literal "{{".
func (x *Expander) expandHTMLBlock(hb *ast.HTMLBlock, src []byte) {
	var raw []byte
	var starts []int // source offset of each line's start within raw
	lines := hb.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		starts = append(starts, seg.Start-len(raw))
		raw = append(raw, seg.Value(src)...)
	}
	if hb.HasClosure() {
		seg := hb.ClosureLine
		starts = append(starts, seg.Start-len(raw))
		raw = append(raw, seg.Value(src)...)
	}
	hasCall := bytes.Contains(raw, []byte("{{"))
	if !hasCall && !bytes.Contains(raw, []byte("href")) {
		return
	}
	srcOffset := func(i int) int {
		// Lines are contiguous in raw; find the line holding byte i.
		acc := 0
		for l := 0; l < lines.Len(); l++ {
			seg := lines.At(l)
			n := seg.Len()
			if i < acc+n {
				return starts[l] + i
			}
			acc += n
		}
		return starts[len(starts)-1] + i
	}
	protected, tags, edits := x.scanRawHTML(raw, srcOffset)
	if !hasCall && len(edits) == 0 {
		return
	}
	var b strings.Builder
	for i := 0; i < len(raw); {
		j := bytes.Index(raw[i:], []byte("{{"))
		if j < 0 {
			writeRaw(&b, raw, i, len(raw), &edits)
			break
		}
		j += i
		if end := regionEnd(protected, j); end >= 0 {
			// A comment or <pre>: calls there are text.
			writeRaw(&b, raw, i, end, &edits)
			i = end
			continue
		}
		if j > 0 && raw[j-1] == '\\' {
			writeRaw(&b, raw, i, j-1, &edits)
			b.WriteString("{{")
			i = j + 2
			continue
		}
		writeRaw(&b, raw, i, j, &edits)
		c, err := Parse(raw[j:])
		if err != nil {
			var out string
			x.flaw(srcOffset(j), diag.MacroSyntax, "write {{Name}} or {{Name(\"arg\", 2)}}", err.Error(), &out, "{{")
			b.WriteString(out)
			i = j + 2
			continue
		}
		// In an attribute value a flaw shows as the call's text: markup
		// there would break the tag.
		x.inTag = regionEnd(tags, j) >= 0
		b.WriteString(x.expand(c, string(raw[j:j+c.Len]), srcOffset(j)))
		x.inTag = false
		i = j + c.Len
	}
	n := &HTMLNode{HTML: b.String()}
	hb.Parent().ReplaceChild(hb.Parent(), hb, n)
}

// LinePos converts an offset in a page's Markdown body to a position in
// its file.
func LinePos(file string, body []byte, bodyLine, off int) diag.Pos {
	line, col := diag.LineCol(body, off)
	return diag.Pos{File: file, Line: bodyLine + line - 1, Col: col}
}
