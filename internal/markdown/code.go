package markdown

import (
	"bytes"
	"html"
	"io"

	"github.com/doku-docs/doku/internal/i18n"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// formatter writes chroma tokens as spans with CSS classes, so one
// stylesheet (see WriteCodeCSS) colours every page.
var formatter = chromahtml.New(chromahtml.WithClasses(true), chromahtml.PreventSurroundingPre(true))

// codeRenderer renders fenced code blocks: highlighted when the info
// string names a language chroma knows ("js", "html", "css"), escaped
// otherwise. MDN's flags after the language ("js live-sample___demo") are
// kept as classes; see codeInfo for how the info string is read.
type codeRenderer struct{}

func (codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, renderCode)
}

func renderCode(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	cb := n.(*ast.FencedCodeBlock)
	info := fencedCodeInfo(cb, src)
	if info.has(flagHidden) {
		// MDN's hidden blocks feed a live sample but are not shown.
		return ast.WalkSkipChildren, nil
	}
	code := string(cb.Lines().Value(src))
	verdict := info.verdict()
	label := verdictLabel(n, verdict)
	if label != "" {
		_, _ = w.WriteString(`<figure class="code-verdict code-` + verdict + `"><figcaption>` + html.EscapeString(label) + "</figcaption>\n")
	}
	class := "chroma"
	if info.Lang != "" {
		class += " " + html.EscapeString(info.Lang)
	}
	for _, word := range info.Flags {
		class += " " + html.EscapeString(word)
	}
	_, _ = w.WriteString(`<pre class="` + class + `"><code`)
	if info.Lang != "" {
		_, _ = w.WriteString(` class="language-` + html.EscapeString(info.Lang) + `"`)
	}
	_ = w.WriteByte('>')
	_, _ = w.Write(highlight(codeCacheOf(n), info.Lang, code))
	_, _ = w.WriteString("</code></pre>\n")
	if label != "" {
		_, _ = w.WriteString("</figure>\n")
	}
	return ast.WalkSkipChildren, nil
}

// highlight returns code as HTML: chroma's spans when lang has a lexer,
// else the code escaped. Highlighted code is kept in the page's cache.
func highlight(cache *CodeCache, lang, code string) []byte {
	lexer := lexerFor(lang)
	switch {
	case lexer.text:
		return []byte(html.EscapeString(textLineEnds(code)))
	case lexer.chroma == nil:
		return []byte(html.EscapeString(code))
	}
	key := lang + "\x00" + code
	if out, ok := cache.get(key); ok {
		return out
	}
	var out bytes.Buffer
	out.Grow(2 * len(code))
	w := codeHTML{&out}
	if lexer.rules != nil {
		lexer.rules.tokenise(code, w.token)
	} else {
		it, err := lexer.chroma.Tokenise(nil, code)
		if err != nil {
			return []byte(html.EscapeString(code))
		}
		for t := it(); t != chroma.EOF; t = it() {
			w.token(t)
		}
	}
	cache.put(key, out.Bytes())
	return out.Bytes()
}

// verdictLabel is the caption of a good or bad example in the page's
// language, or "" when the block is neither or no localizer came with
// the page.
func verdictLabel(n ast.Node, verdict string) string {
	if verdict == "" {
		return ""
	}
	doc := n.OwnerDocument()
	if doc == nil {
		return ""
	}
	v, _ := doc.Attribute(codeLocalizerAttr)
	l, _ := v.(*i18n.Localizer)
	if l == nil {
		return ""
	}
	if verdict == "good" {
		return l.T("Code.good")
	}
	return l.T("Code.bad")
}

// WriteCodeCSS writes the stylesheet for highlighted code: a light style,
// and a dark one for readers who prefer dark.
func WriteCodeCSS(w io.Writer) error {
	if err := formatter.WriteCSS(w, withoutErrors(styles.Get("github"))); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "@media (prefers-color-scheme: dark) {\n"); err != nil {
		return err
	}
	if err := formatter.WriteCSS(w, withoutErrors(styles.Get("github-dark"))); err != nil {
		return err
	}
	_, err := io.WriteString(w, "}\n")
	return err
}

// withoutErrors is style s with error tokens shown as plain text. A lexer
// marks as an error what its grammar does not know, and chroma's grammars
// lag behind the languages (WebAssembly text's SIMD and exception
// instructions, new CSS syntax): MDN's highlighter shows such code as
// text, not in red boxes, and so does doku.
func withoutErrors(s *chroma.Style) *chroma.Style {
	b := s.Builder()
	b.Add(chroma.Error, "noinherit")
	if t, err := b.Build(); err == nil {
		return t
	}
	return s
}

// CodeCache keeps the highlighted HTML of the code blocks rendered so far.
// Translations keep their English page's code as it is, so rendering a
// page and its translations with one cache highlights each block once
// (highlighting is the costliest step of rendering). A cache serves one
// goroutine at a time and grows with what it holds: use one per page and
// its translations, then drop it.
type CodeCache struct{ m map[string][]byte }

// NewCodeCache returns an empty cache.
func NewCodeCache() *CodeCache { return &CodeCache{m: map[string][]byte{}} }

// codeLocalizerAttr names the document attribute that carries the page's
// localizer to the code renderer, which captions good and bad examples.
var codeLocalizerAttr = []byte("doku-code-localizer")

// codeCacheAttr names the document attribute that carries the page's
// cache from Render to the code renderer.
var codeCacheAttr = []byte("doku-code-cache")

func codeCacheOf(n ast.Node) *CodeCache {
	if doc := n.OwnerDocument(); doc != nil {
		if v, ok := doc.Attribute(codeCacheAttr); ok {
			c, _ := v.(*CodeCache)
			return c
		}
	}
	return nil
}

func (c *CodeCache) get(key string) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	b, ok := c.m[key]
	return b, ok
}

func (c *CodeCache) put(key string, html []byte) {
	if c != nil {
		c.m[key] = html
	}
}
