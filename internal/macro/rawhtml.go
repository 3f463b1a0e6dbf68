package macro

import (
	"bytes"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/site"
)

// MDN writes tables and figures as raw HTML, with macro calls and links
// inside. In a raw HTML block doku expands calls except inside comments and
// <pre> (where they are examples), and resolves <a href="/de/docs/...">
// like a Markdown link.

// rawEdit replaces raw[start:end] by repl (an insertion when start == end).
type rawEdit struct {
	start, end int
	repl       string
}

// scanRawHTML finds the regions of raw where calls stay text, and the
// edits its internal links need. Problems are reported at their offsets.
// tags are the start tags that hold a call (in an attribute value).
func (x *Expander) scanRawHTML(raw []byte, srcOffset func(int) int) (protected, tags [][2]int, edits []rawEdit) {
	z := xhtml.NewTokenizer(bytes.NewReader(raw))
	pos, preStart, preDepth := 0, 0, 0
	marker := false // a fallback marker is due after the next </a>
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return protected, tags, edits
		}
		start := pos
		tok := z.Raw()
		pos += len(tok)
		switch tt {
		case xhtml.CommentToken:
			protected = append(protected, [2]int{start, pos})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			if bytes.Contains(raw[start:pos], []byte("{{")) {
				tags = append(tags, [2]int{start, pos})
			}
			name, _ := z.TagName()
			switch {
			case string(name) == "pre" && tt == xhtml.StartTagToken:
				if preDepth == 0 {
					preStart = start
				}
				preDepth++
			case string(name) == "a" && !bytes.Contains(raw[start:pos], []byte("{{")):
				a, ok, err := x.Env.ResolveAnchorTag(raw[start:pos])
				if !ok {
					continue
				}
				x.reportLink(srcOffset(start), a, err)
				edits = append(edits, rawEdit{start, pos, a.HTML})
				marker = marker || a.Fallback
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			switch {
			case string(name) == "pre" && preDepth > 0:
				if preDepth--; preDepth == 0 {
					protected = append(protected, [2]int{preStart, pos})
				}
			case string(name) == "a" && marker:
				edits = append(edits, rawEdit{pos, pos, x.Env.FallbackMarker()})
				marker = false
			}
		}
	}
}

// reportLink reports the outcome of resolving one raw link.
func (x *Expander) reportLink(off int, a AnchorTag, err error) {
	if err != nil {
		x.Report.Flaw(off, diag.Link, "correct the link target, or write the missing page", err.Error())
	}
	if a.Fallback {
		x.Report.Fallback(off, a.Href)
	}
}

// AnchorTag is a raw <a> start tag with its internal link resolved.
type AnchorTag struct {
	// HTML is the tag rewritten.
	HTML string
	// Href is the link as written.
	Href string
	// Fallback says the link leads to an English page: the caller puts
	// FallbackMarker after the link, and reports it.
	Fallback bool
}

// ResolveAnchorTag resolves the href of a raw <a> start tag when it is an
// internal link (see site.IsInternal; /docs/... is in the page's locale),
// or leads it to MDN's site (site.HostURL), and returns the tag rewritten. A
// link to nothing loses its href and gets the class "page-not-created"
// and the catalog's Link.NotWritten as its title (unless it has one), as
// MDN shows it; err says why. ok is false when the tag needs no change.
func (e *Env) ResolveAnchorTag(tag []byte) (a AnchorTag, ok bool, err error) {
	z := xhtml.NewTokenizer(bytes.NewReader(tag))
	if tt := z.Next(); tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
		return AnchorTag{}, false, nil
	}
	t := z.Token()
	if t.Data != "a" {
		return AnchorTag{}, false, nil
	}
	i := -1
	for k, a := range t.Attr {
		if a.Key == "href" && a.Namespace == "" {
			i = k
		}
	}
	if i < 0 {
		return AnchorTag{}, false, nil
	}
	href := t.Attr[i].Val
	var l Link
	if u, ok := site.HostURL(href); ok {
		t.Attr[i].Val = u
		return AnchorTag{HTML: tagHTML(t), Href: href}, true, nil
	}
	if e.Page != nil {
		href = site.WithLocale(href, e.Page.Locale)
	}
	if !site.IsInternal(href) {
		return AnchorTag{}, false, nil
	}
	l, err = e.ResolveLink(href)
	if err != nil {
		// As MDN shows it: the text stays, not a link that fails.
		t.Attr = append(t.Attr[:i], t.Attr[i+1:]...)
		addClass(&t, "page-not-created")
		if e.L != nil && !hasAttr(t, "title") {
			t.Attr = append(t.Attr, xhtml.Attribute{Key: "title", Val: e.L.T("Link.NotWritten")})
		}
	} else {
		t.Attr[i].Val = l.URL
	}
	return AnchorTag{HTML: tagHTML(t), Href: href, Fallback: l.Fallback}, true, err
}

// tagHTML writes the start tag t.
func tagHTML(t xhtml.Token) string {
	var b strings.Builder
	b.WriteString("<" + t.Data)
	for _, a := range t.Attr {
		b.WriteString(" " + a.Key + `="` + html.EscapeString(a.Val) + `"`)
	}
	b.WriteString(">")
	return b.String()
}

func hasAttr(t xhtml.Token, key string) bool {
	for _, a := range t.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func addClass(t *xhtml.Token, class string) {
	for k, a := range t.Attr {
		if a.Key == "class" {
			t.Attr[k].Val = strings.TrimSpace(a.Val + " " + class)
			return
		}
	}
	t.Attr = append(t.Attr, xhtml.Attribute{Key: "class", Val: class})
}

// writeRaw writes raw[i:j] with the edits that lie inside it applied, an
// insertion at j included. edits is a queue in source order: applied edits
// and those skipped over (inside a call) are taken off it.
func writeRaw(b *strings.Builder, raw []byte, i, j int, edits *[]rawEdit) {
	for len(*edits) > 0 {
		e := (*edits)[0]
		if e.start < i {
			*edits = (*edits)[1:]
			continue
		}
		if e.start > j || e.end > j {
			break
		}
		b.Write(raw[i:e.start])
		b.WriteString(e.repl)
		i = e.end
		*edits = (*edits)[1:]
	}
	b.Write(raw[i:j])
}

// regionEnd returns the end of the region holding i, or -1.
func regionEnd(regions [][2]int, i int) int {
	for _, r := range regions {
		if r[0] <= i && i < r[1] {
			return r[1]
		}
	}
	return -1
}
