package markdown

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// definitionListsOnly applies the definition-list steps, and nothing
// else of a page's, to a parsed document.
type definitionListsOnly struct{}

func (definitionListsOnly) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	markDefinitionLists(doc, reader.Source())
	assignHeadingIDs(doc, reader.Source())
}

var termID = regexp.MustCompile(`<dt id="([^"]*)">`)

// FuzzDefinitionLists converts any Markdown: it never panics, every
// <dl>, <dt> and <dd> it opens it closes, and term IDs are unique.
func FuzzDefinitionLists(f *testing.F) {
	for _, s := range []string{
		"- a\n  - : b\n", "- a\n  - : b\n  - : c\n- d\n  - : e\n", "- a\n- b\n  - : c\n",
		"- a\n  - :\n", "- a\n  - : \n", "- a\n  - :b\n", "1. a\n   1. : b\n", "- `a`\n  - : b\n\n    c\n",
		"- a\n  - : b\n    - c\n      - : d\n", strings.Repeat("- a\n  - : ", 50) + "z\n",
		"- [a](/x)\n  - : b\n", "- a\n  - : [b](/y) c\n", "- a\n  - > : b\n", "- a\n  -\n", "- \n  - : b\n",
		"> - a\n>   - : b\n", "- a\n\n  b\n  - : c\n", "- a\n  - : b\n- a\n  - : c\n",
	} {
		f.Add(s)
	}
	md := goldmark.New(
		goldmark.WithExtensions(Extensions...),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(definitionListsOnly{}, 100))),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(definitionListRenderer{}, 100))),
	)
	f.Fuzz(func(t *testing.T, src string) {
		var out bytes.Buffer
		if err := md.Convert([]byte(src), &out); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		html := out.String()
		for _, tag := range []string{"dl", "dd"} {
			if open, closed := strings.Count(html, "<"+tag+">"), strings.Count(html, "</"+tag+">"); open != closed {
				t.Fatalf("%q: %d <%s> but %d </%s>:\n%s", src, open, tag, closed, tag, html)
			}
		}
		ids := termID.FindAllStringSubmatch(html, -1)
		if closed := strings.Count(html, "</dt>"); len(ids) > closed {
			t.Fatalf("%q: %d <dt> but %d </dt>:\n%s", src, len(ids), closed, html)
		}
		seen := map[string]bool{}
		for _, id := range ids {
			if seen[id[1]] {
				t.Fatalf("%q: term ID %q twice:\n%s", src, id[1], html)
			}
			seen[id[1]] = true
		}
	})
}
