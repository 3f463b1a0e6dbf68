package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// TestCodeCache checks that highlighted code is kept in the cache the
// document carries and taken from it the next time the same code in the
// same language is rendered.
func TestCodeCache(t *testing.T) {
	md := goldmark.New(goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(codeRenderer{}, 100))))
	src := []byte("```js\nconst a = 1;\n```\n\n```css\nconst a = 1;\n```\n")
	render := func(c *CodeCache) string {
		doc := md.Parser().Parse(text.NewReader(src))
		doc.SetAttribute(codeCacheAttr, c)
		var out bytes.Buffer
		if err := md.Renderer().Render(&out, src, doc); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	c := NewCodeCache()
	first := render(c)
	if len(c.m) != 2 {
		t.Fatalf("cache holds %d blocks, want 2 (same code, two languages)", len(c.m))
	}
	c.m["js\x00const a = 1;\n"] = []byte("FROM-CACHE")
	second := render(c)
	if !strings.Contains(second, "FROM-CACHE") || strings.Count(second, "FROM-CACHE") != 1 {
		t.Errorf("the cached js block was not used, or used for css too:\n%s", second)
	}
	if render(nil) != first {
		t.Error("rendering without a cache differs from rendering with an empty one")
	}
}
