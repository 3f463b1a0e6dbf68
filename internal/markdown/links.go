package markdown

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/site"
)

// resolveLinks points every internal Markdown link (/<locale>/docs/<slug>,
// or /docs/<slug> in the page's locale) at the page's output file,
// relative to the current page. A link to a page that exists only in
// English gets the localized marker after it; a link to nothing is a
// flaw, and shows as MDN shows it: its text, marked as a page not
// written, not a link that fails. Links and images to what MDN's site
// serves outside its docs lead there (site.HostURL).
func resolveLinks(doc ast.Node, st *state, src []byte) {
	var links []*ast.Link
	var raws []*ast.RawHTML
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if u, ok := site.HostURL(string(n.Destination)); ok {
				n.Destination = []byte(u)
			} else if st.env.Page != nil {
				n.Destination = []byte(site.WithLocale(string(n.Destination), st.env.Page.Locale))
			}
			if site.IsInternal(string(n.Destination)) {
				links = append(links, n)
			}
		case *ast.Image:
			if u, ok := site.HostURL(string(n.Destination)); ok {
				n.Destination = []byte(u)
			}
		case *ast.RawHTML:
			raws = append(raws, n)
		}
		return ast.WalkContinue, nil
	})
	for _, r := range raws {
		resolveRawLink(r, st, src)
	}
	for _, l := range links {
		href := string(l.Destination)
		target, err := st.env.ResolveLink(href)
		if err != nil {
			st.report.Flaw(linkOffset(l), diag.Link, "correct the link target, or write the missing page", err.Error())
			unlink(l, st.env.L.T("Link.NotWritten"))
			continue
		}
		l.Destination = []byte(target.URL)
		if target.Fallback {
			st.report.Fallback(linkOffset(l), href)
			marker := ast.NewString([]byte(st.env.FallbackMarker()))
			marker.SetCode(true) // written as is: it is HTML
			l.Parent().InsertAfter(l.Parent(), l, marker)
		}
	}
}

// unlink replaces a link by a NotWritten holding its text.
func unlink(l *ast.Link, title string) {
	nw := &NotWritten{Title: title}
	for c := l.FirstChild(); c != nil; {
		next := c.NextSibling()
		nw.AppendChild(nw, c)
		c = next
	}
	l.Parent().ReplaceChild(l.Parent(), l, nw)
}

// KindNotWritten is the goldmark node kind of NotWritten.
var KindNotWritten = ast.NewNodeKind("NotWritten")

// NotWritten is a link to a page that does not exist, shown as MDN shows
// it: its text in an <a> without href, classed page-not-created and
// titled. It stays an element, so a term or heading it starts takes its
// ID from its text, as on MDN.
type NotWritten struct {
	ast.BaseInline
	Title string
}

// Kind implements ast.Node.
func (n *NotWritten) Kind() ast.NodeKind { return KindNotWritten }

// Dump implements ast.Node.
func (n *NotWritten) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

type notWrittenRenderer struct{}

func (notWrittenRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindNotWritten, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<a class="page-not-created" title="` + html.EscapeString(n.(*NotWritten).Title) + `">`)
		} else {
			_, _ = w.WriteString("</a>")
		}
		return ast.WalkContinue, nil
	})
}

// linkOffset finds a source offset for a link: that of the first text
// inside it, else the end of the text before it, else the start of the
// block it stands in.
func linkOffset(l *ast.Link) int {
	off := -1
	_ = ast.Walk(l, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off >= 0 {
		return off
	}
	// No text inside: the link starts where the text before it ends.
	if t, ok := l.PreviousSibling().(*ast.Text); ok {
		return t.Segment.Stop
	}
	for n := l.Parent(); n != nil; n = n.Parent() {
		if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			return n.Lines().At(0).Start
		}
	}
	return 0
}

// resolveRawLink resolves an <a href="/de/docs/..."> written as inline
// raw HTML in a paragraph, as MDN's sources often do.
func resolveRawLink(r *ast.RawHTML, st *state, src []byte) {
	tag := rawText(r, src)
	if len(tag) < 3 || !strings.EqualFold(tag[:2], "<a") || !strings.ContainsAny(tag[2:3], " \t\n") {
		return
	}
	a, ok, err := st.env.ResolveAnchorTag([]byte(tag))
	if !ok {
		return
	}
	off := r.Segments.At(0).Start
	if err != nil {
		st.report.Flaw(off, diag.Link, "correct the link target, or write the missing page", err.Error())
	}
	if a.Fallback {
		st.report.Fallback(off, a.Href)
	}
	parent := r.Parent()
	n := ast.NewString([]byte(a.HTML))
	n.SetCode(true) // written as is: it is HTML
	parent.ReplaceChild(parent, r, n)
	if !a.Fallback {
		return
	}
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		if end, ok := c.(*ast.RawHTML); ok && strings.EqualFold(strings.TrimSpace(rawText(end, src)), "</a>") {
			marker := ast.NewString([]byte(st.env.FallbackMarker()))
			marker.SetCode(true)
			parent.InsertAfter(parent, end, marker)
			return
		}
	}
}

func rawText(r *ast.RawHTML, src []byte) string {
	var b strings.Builder
	for i := 0; i < r.Segments.Len(); i++ {
		seg := r.Segments.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}
