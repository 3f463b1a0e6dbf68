package markdown

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// BenchmarkHighlight renders fenced code in the three languages MDN uses
// most, highlighted by chroma.
func BenchmarkHighlight(b *testing.B) {
	src := []byte("```js\nconst socket = new WebSocket(\"wss://example.org\");\nsocket.addEventListener(\"close\", (event) => {\n  if (event.code === 1000) {\n    console.log(`closed: ${event.reason}`);\n  }\n});\n```\n\n" +
		"```html\n<div class=\"status\">\n  <button id=\"close\">Close</button>\n  <output id=\"log\"></output>\n</div>\n```\n\n" +
		"```css\n.status {\n  margin: 1em auto;\n  border: 2px solid red;\n}\n```\n")
	md := goldmark.New(goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(codeRenderer{}, 100))))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := md.Convert(src, &out); err != nil {
			b.Fatal(err)
		}
	}
}
