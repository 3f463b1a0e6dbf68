package markdown

import (
	"bytes"
	"html"
	"strings"
	"unicode"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// KindCallout is the goldmark node kind of an MDN callout.
var KindCallout = ast.NewNodeKind("Callout")

// Callout is a block quote that MDN renders as a note: one that starts
// with "[!NOTE]", "[!WARNING]" or "[!CALLOUT]", or with a bold "Note:".
type Callout struct {
	ast.BaseBlock
	// Variant is "note", "warning" or "callout".
	Variant string
	// Title is the localized label (Callout.note, Callout.warning); a callout ("[!CALLOUT]") has none, as
	// on MDN, where writers give it a title of their own.
	Title string
}

// Kind implements ast.Node.
func (n *Callout) Kind() ast.NodeKind { return KindCallout }

// Dump implements ast.Node.
func (n *Callout) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Variant": n.Variant}, nil)
}

// alertMarkers are the GitHub-style markers MDN knows (rari,
// crates/rari-md/src/node_card.rs): upper case only, and only these three;
// GitHub's [!TIP], [!IMPORTANT] and [!CAUTION] stay block quotes on MDN.
var alertMarkers = []struct{ marker, variant string }{
	{"[!NOTE]", "note"}, {"[!WARNING]", "warning"}, {"[!CALLOUT]", "callout"},
}

// classicLabels maps the bold label older pages put first, in any locale
// MDN uses, to the callout's type. MDN's renderer dropped this form in
// 2025 and its trees no longer use it; pages written for doku still may.
var classicLabels = map[string]string{
	"note": "note", "hinweis": "note", "remarque": "note", "nota": "note",
	"warning": "warning", "warnung": "warning", "attention": "warning", "advertencia": "warning",
	"callout": "callout", "aufruf": "callout",
}

// flawReporter is where markCallouts reports markers MDN does not know.
type flawReporter interface {
	Flaw(off int, kind diag.Kind, hint, msg string)
}

// markCallouts replaces each block quote that is a callout by a Callout
// node with the marker removed and a localized title.
func markCallouts(doc ast.Node, src []byte, l *i18n.Localizer, report flawReporter) {
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
		typ := stripMarker(p, src, report)
		if typ == "" {
			continue
		}
		c := &Callout{Variant: typ}
		if typ != "callout" {
			c.Title = l.T("Callout." + typ)
		}
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
func stripMarker(p *ast.Paragraph, src []byte, report flawReporter) string {
	if p.Lines().Len() == 0 {
		return ""
	}
	// GitHub style, as MDN reads it: the paragraph's text starts with the
	// marker; text after it on the same line belongs to the note.
	first := p.Lines().At(0)
	line := first.Value(src)
	for _, m := range alertMarkers {
		if bytes.HasPrefix(line, []byte(m.marker)) && cutLeadingText(p, len(m.marker)) {
			if t, ok := p.FirstChild().(*ast.Text); ok {
				t.Segment = t.Segment.TrimLeftSpace(src)
			}
			return m.variant
		}
	}
	if word, ok := unknownAlertMarker(line); ok {
		report.Flaw(first.Start, diag.Callout, "write [!NOTE], [!WARNING] or [!CALLOUT], in upper case",
			"block quote starts with "+word+", which is no callout marker: it shows as text")
		return ""
	}
	return stripClassicLabel(p, src)
}

// unknownAlertMarker tells whether line starts like a GitHub alert
// ("[!TIP]", "[!note]", a translated "[!HINWEIS]") that MDN does not know.
func unknownAlertMarker(line []byte) (string, bool) {
	if !bytes.HasPrefix(line, []byte("[!")) {
		return "", false
	}
	end := bytes.IndexByte(line, ']')
	if end < 3 {
		return "", false
	}
	for _, r := range string(line[2:end]) {
		if !unicode.IsLetter(r) {
			return "", false
		}
	}
	word := string(line[:end+1])
	for _, m := range alertMarkers {
		if word == m.marker {
			return "", false // a known marker that is not text: a link
		}
	}
	return word, true
}

// stripClassicLabel handles the older form "**Note:** text".
func stripClassicLabel(p *ast.Paragraph, src []byte) string {
	em, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || em.Level != 2 {
		return ""
	}
	label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(nodeText(em, src)), ":"))
	typ := classicLabels[strings.ToLower(label)]
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

// cutLeadingText removes the first n bytes of block's text when they are
// all plain text, over as many text nodes as goldmark split them into
// ("[", "!NOTE", "]"), and reports whether it did. Text nodes left empty
// go, line break and all: a break at the start of a block shows nothing.
func cutLeadingText(block ast.Node, n int) bool {
	have := 0
	for c := block.FirstChild(); have < n; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return false
		}
		have += t.Segment.Len()
	}
	for c := block.FirstChild(); n > 0; {
		t := c.(*ast.Text)
		next := c.NextSibling()
		cut := min(n, t.Segment.Len())
		t.Segment = t.Segment.WithStart(t.Segment.Start + cut)
		n -= cut
		if t.Segment.Len() == 0 {
			block.RemoveChild(block, t)
		}
		c = next
	}
	return true
}

type calloutRenderer struct{}

func (calloutRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCallout, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		c := n.(*Callout)
		switch {
		case entering && c.Title == "":
			_, _ = w.WriteString(`<div class="callout callout-` + c.Variant + `" role="note">` + "\n")
		case entering:
			_, _ = w.WriteString(`<div class="callout callout-` + c.Variant + `" role="note"><p class="callout-title">` +
				html.EscapeString(c.Title) + "</p>\n")
		default:
			_, _ = w.WriteString("</div>\n")
		}
		return ast.WalkContinue, nil
	})
}
