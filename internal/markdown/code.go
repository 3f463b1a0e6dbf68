package markdown

import (
	"bytes"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
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
// otherwise. MDN's extra words after the language ("js live-sample") are
// kept as classes.
type codeRenderer struct{}

func (codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, renderCode)
}

func renderCode(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	cb := n.(*ast.FencedCodeBlock)
	var code bytes.Buffer
	for i := 0; i < cb.Lines().Len(); i++ {
		seg := cb.Lines().At(i)
		code.Write(seg.Value(src))
	}
	var info []string
	if cb.Info != nil {
		info = strings.Fields(string(cb.Info.Segment.Value(src)))
	}
	lang := ""
	if len(info) > 0 {
		lang = info[0]
	}
	if slices.Contains(info[min(1, len(info)):], "hidden") {
		// MDN's hidden blocks feed a live sample but are not shown.
		return ast.WalkSkipChildren, nil
	}
	class := "chroma"
	for _, word := range info {
		class += " " + html.EscapeString(word)
	}
	_, _ = w.WriteString(`<pre class="` + class + `"><code`)
	if lang != "" {
		_, _ = w.WriteString(` class="language-` + html.EscapeString(lang) + `"`)
	}
	_ = w.WriteByte('>')
	if lexer := lexers.Get(lang); lang != "" && lexer != nil {
		cache := codeCacheOf(n)
		key := lang + "\x00" + code.String()
		if html, ok := cache.get(key); ok {
			_, _ = w.Write(html)
			_, _ = w.WriteString("</code></pre>\n")
			return ast.WalkSkipChildren, nil
		}
		var out bytes.Buffer
		it, err := chroma.Coalesce(lexer).Tokenise(nil, code.String())
		if err == nil && formatter.Format(&out, styles.Fallback, it) == nil {
			cache.put(key, out.Bytes())
			_, _ = w.Write(out.Bytes())
			_, _ = w.WriteString("</code></pre>\n")
			return ast.WalkSkipChildren, nil
		}
	}
	_, _ = w.WriteString(html.EscapeString(code.String()))
	_, _ = w.WriteString("</code></pre>\n")
	return ast.WalkSkipChildren, nil
}

// WriteCodeCSS writes the stylesheet for highlighted code: a light style,
// and a dark one for readers who prefer dark.
func WriteCodeCSS(w io.Writer) error {
	if err := formatter.WriteCSS(w, styles.Get("github")); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "@media (prefers-color-scheme: dark) {\n"); err != nil {
		return err
	}
	if err := formatter.WriteCSS(w, styles.Get("github-dark")); err != nil {
		return err
	}
	_, err := io.WriteString(w, "}\n")
	return err
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
