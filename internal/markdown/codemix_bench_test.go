package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdnInfoMix is how often each info string occurs among the fenced
// blocks of MDN's German tree, per 1,000 blocks (44,899 blocks in all;
// the English tree's shares are within a block of these). live-sample___ID
// stands for any sample ID.
var mdnInfoMix = []struct {
	info    string
	per1000 int
}{
	{"js", 360}, {"html", 112}, {"js-nolint", 100}, {"css", 97},
	{"css interactive-example-choice", 37}, {"http", 28}, {"css hidden", 27},
	{"plain", 26}, {"css live-sample___ID", 19}, {"js interactive-example", 18},
	{"html interactive-example", 14}, {"html hidden", 14}, {"html live-sample___ID", 13},
	{"css interactive-example", 13}, {"json", 12}, {"bash", 8},
	{"css hidden live-sample___ID", 8}, {"js live-sample___ID", 8}, {"js example-bad", 8},
	{"html hidden live-sample___ID", 7}, {"js hidden", 7}, {"js example-good", 6},
	{"wat interactive-example", 4}, {"js-nolint example-bad", 4}, {"wat", 4},
	{"xml", 4}, {"python", 4}, {"jsx", 3}, {"js hidden live-sample___ID", 3},
	{"css-nolint", 2}, {"md", 2}, {"html-nolint", 2}, {"json-nolint", 1},
	{"css example-bad", 1}, {"webidl", 1}, {"url", 1}, {"pug", 1}, {"regex", 1},
}

// mixSnippets is a few lines of code in each language of the mix, written
// for this benchmark; %d makes each block's code its own.
var mixSnippets = map[string]string{
	"js":     "const socket%d = new WebSocket(\"wss://example.org\");\nsocket%[1]d.addEventListener(\"close\", (event) => {\n  if (event.code === 1000) {\n    console.log(`closed: ${event.reason}`);\n  }\n});\n",
	"html":   "<section class=\"box-%d\">\n  <button id=\"close\" type=\"button\">Close</button>\n  <output id=\"log\"></output>\n</section>\n",
	"css":    ".box-%d {\n  margin: 1em auto;\n  border: 2px solid rgb(200 0 0);\n  display: grid;\n  grid-template-columns: 1fr 2fr;\n}\n",
	"http":   "GET /item/%d HTTP/1.1\nHost: example.org\nAccept: text/html\n\nHTTP/1.1 200 OK\nContent-Type: text/html\n",
	"plain":  "Step %d: open the file\nthen press Enter\n",
	"json":   "{\n  \"id\": %d,\n  \"name\": \"example\",\n  \"tags\": [\"a\", \"b\"],\n  \"active\": true\n}\n",
	"bash":   "cd project-%d\nnpm install\nnpx serve --port 8080 ./site\n",
	"wat":    "(module\n  (func $add%d (param $a i32) (param $b i32) (result i32)\n    local.get $a\n    local.get $b\n    i32.add)\n  (export \"add\" (func $add%[1]d)))\n",
	"xml":    "<?xml version=\"1.0\"?>\n<items count=\"%d\">\n  <item id=\"a\">First</item>\n</items>\n",
	"python": "def handler_%d(request):\n    if request.method == \"GET\":\n        return {\"ok\": True}\n    return None\n",
	"jsx":    "function Item%d({ label }) {\n  return <li className=\"item\">{label}</li>;\n}\n",
	"md":     "# Heading %d\n\nSome *text* and a [link](https://example.org).\n",
	"webidl": "[Exposed=Window]\ninterface Thing%d {\n  readonly attribute DOMString name;\n};\n",
	"url":    "https://example.org:8080/path/%d?query=1#fragment\n",
	"pug":    "ul#list-%d\n  li.item First\n  li.item Second\n",
	"regex":  "/^item-%d(?:-[a-z]+)?$/u\n",
}

// codeMixPage writes n fenced blocks whose info strings follow the mix.
func codeMixPage(n int) []byte {
	var b strings.Builder
	total := 0
	for _, m := range mdnInfoMix {
		total += m.per1000
	}
	block := 0
	for round := 0; block < n; round++ {
		for _, m := range mdnInfoMix {
			// Spread each info string over the page in proportion.
			want := (round + 1) * m.per1000 * n / total
			have := round * m.per1000 * n / total
			for i := have; i < want && block < n; i++ {
				lang := strings.TrimSuffix(strings.Fields(m.info)[0], "-nolint")
				info := strings.ReplaceAll(m.info, "live-sample___ID", fmt.Sprintf("live-sample___s%d", block%7))
				fmt.Fprintf(&b, "```%s\n"+mixSnippets[lang]+"```\n\n", info, block)
				block++
			}
		}
	}
	return []byte(b.String())
}

// BenchmarkCodeMix renders a page of 200 fenced blocks with MDN's mix of
// info strings. "fresh" highlights every block; "cached" renders it again
// with the cache its first rendering filled, as a translation is rendered
// after its English page.
func BenchmarkCodeMix(b *testing.B) {
	src := codeMixPage(200)
	md := goldmark.New(goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(codeRenderer{}, 100))))
	render := func(b *testing.B, c *CodeCache, out *bytes.Buffer) {
		doc := md.Parser().Parse(text.NewReader(src))
		if c != nil {
			doc.SetAttribute(codeCacheAttr, c)
		}
		out.Reset()
		if err := md.Renderer().Render(out, src, doc); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("fresh", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		var out bytes.Buffer
		for b.Loop() {
			render(b, nil, &out)
		}
	})
	b.Run("cached", func(b *testing.B) {
		c := NewCodeCache()
		var out bytes.Buffer
		render(b, c, &out)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			render(b, c, &out)
		}
	})
}
