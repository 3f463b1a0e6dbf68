package markdown

import (
	"bytes"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/i18n"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// KindCallout is the goldmark node kind of an MDN callout.
var KindCallout = ast.NewNodeKind("Callout")

// Callout is a block quote that MDN renders as a note: one that starts
// with "[!NOTE]" on a line of its own, or with a bold "Note:".
type Callout struct {
	ast.BaseBlock
	// Variant is "note", "warning" or "callout".
	Variant string
	// Title is the localized label.
	Title string
}

// Kind implements ast.Node.
func (n *Callout) Kind() ast.NodeKind { return KindCallout }

// Dump implements ast.Node.
func (n *Callout) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Variant": n.Variant}, nil)
}

// calloutMarkers maps the label a writer puts first, in any locale MDN
// uses, to the callout's type.
var calloutMarkers = map[string]string{
	"note": "note", "hinweis": "note", "remarque": "note", "nota": "note",
	"warning": "warning", "warnung": "warning", "attention": "warning", "advertencia": "warning",
	"callout": "callout",
}

// markCallouts replaces each block quote that is a callout by a Callout
// node with the marker removed and a localized title.
func markCallouts(doc ast.Node, src []byte, l *i18n.Localizer) {
	var quotes []*ast.Blockquote
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if q, ok := n.(*ast.Blockquote); ok && entering {
			quotes = append(quotes, q)
		}
		return ast.WalkContinue, nil
	})
	for _, q := range quotes {
		p, ok := q.FirstChild().(*ast.Paragraph)
		if !ok {
			continue
		}
		typ := stripMarker(p, src)
		if typ == "" {
			continue
		}
		c := &Callout{Variant: typ, Title: l.T("Callout." + typ)}
		for ch := q.FirstChild(); ch != nil; {
			next := ch.NextSibling()
			c.AppendChild(c, ch)
			ch = next
		}
		if p.ChildCount() == 0 {
			c.RemoveChild(c, p)
		}
		q.Parent().ReplaceChild(q.Parent(), q, c)
	}
}

// stripMarker removes the callout marker from the start of p and returns
// the callout type, or returns "" and leaves p alone.
func stripMarker(p *ast.Paragraph, src []byte) string {
	if p.Lines().Len() == 0 {
		return ""
	}
	// GitHub style: "[!NOTE]" alone on the first line.
	first := p.Lines().At(0)
	if line := bytes.TrimSpace(first.Value(src)); bytes.HasPrefix(line, []byte("[!")) && bytes.HasSuffix(line, []byte("]")) {
		typ := calloutMarkers[strings.ToLower(string(line[2:len(line)-1]))]
		if typ == "" {
			return ""
		}
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			if t, ok := c.(*ast.Text); ok && t.Segment.Stop > first.Stop {
				break
			} else if ok && t.Segment.Start >= first.Stop {
				break
			}
			p.RemoveChild(p, c)
			c = next
		}
		return typ
	}
	// Classic style: "**Note:** text".
	em, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || em.Level != 2 {
		return ""
	}
	label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(nodeText(em, src)), ":"))
	typ := calloutMarkers[strings.ToLower(label)]
	if typ == "" {
		return ""
	}
	next := em.NextSibling()
	p.RemoveChild(p, em)
	if t, ok := next.(*ast.Text); ok {
		t.Segment = t.Segment.TrimLeftSpace(src)
	}
	return typ
}

type calloutRenderer struct{}

func (calloutRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCallout, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		c := n.(*Callout)
		if entering {
			_, _ = w.WriteString(`<div class="callout callout-` + c.Variant + `" role="note"><p class="callout-title">` +
				html.EscapeString(c.Title) + "</p>\n")
		} else {
			_, _ = w.WriteString("</div>\n")
		}
		return ast.WalkContinue, nil
	})
}
