package markdown

import (
	"github.com/yuin/goldmark/ast"

	"doku/internal/site"
)

// resolveLinks points every internal Markdown link (/<locale>/docs/<slug>)
// at the page's output file, relative to the current page. A link to a page
// that exists only in English gets the localized marker after it; a link to
// nothing is a flaw and is marked on the page.
func resolveLinks(doc ast.Node, st *state) {
	var links []*ast.Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering && site.IsInternal(string(l.Destination)) {
			links = append(links, l)
		}
		return ast.WalkContinue, nil
	})
	for _, l := range links {
		href := string(l.Destination)
		target, err := st.env.ResolveLink(href)
		if err != nil {
			st.report.Flaw(linkOffset(l), "link", "correct the link target, or write the missing page", err.Error())
			l.SetAttributeString("class", "broken-link")
			continue
		}
		for _, href := range st.env.TakeFallbacks() {
			st.report.Fallback(linkOffset(l), href)
		}
		l.Destination = []byte(target.URL)
		if target.Fallback {
			marker := ast.NewString([]byte(st.env.FallbackMarker()))
			marker.SetCode(true) // written as is: it is HTML
			l.Parent().InsertAfter(l.Parent(), l, marker)
		}
	}
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
