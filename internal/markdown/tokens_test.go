package markdown

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// chromaHighlight is highlight as chroma's own lexer and HTML formatter
// do it, the reference the faster path must equal byte for byte.
func chromaHighlight(t testing.TB, lang, code string) string {
	t.Helper()
	l := lexerFor(lang)
	if l.chroma == nil {
		return string(highlight(nil, lang, code))
	}
	it, err := l.chroma.Tokenise(nil, code)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := formatter.Format(&b, styles.Fallback, it); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// tokenSamples are code in the languages MDN uses most, with what
// trips lexers up: unclosed strings, CR line ends, no final newline,
// non-ASCII text, upper case in case-insensitive grammars.
var tokenSamples = []struct{ lang, code string }{
	{"js", "const s = `a ${b + \"c\"}`;\r\nlet x = /re[a-z]+/giu.test('it\\'s');\n// unclosed \"string\nfunction* gen() { yield 1 }"},
	{"js", "class A extends B { #p = 1; static async *m() { return await this.#p ?? 0n; } }\n"},
	{"css", "@MEDIA (WIDTH >= 600PX) {\n  .A::Before { Content: \"é\"; COLOR: RGB(1 2 3 / 50%) !IMPORTANT }\n}\n"},
	{"css", "@layer base, special;\n:root{--x: calc(1px + 2em)}\n@font-face { src: url(a.woff2) format(\"woff2\") }"},
	{"html", "<!DOCTYPE html>\n<html lang=\"de\"><style>p { color: red }</style>\n<script>let a = 1 < 2 && 3 > 2;</script>\n<p class='x'>Grüße &amp; <b>mehr</b></p>\n<!-- comment"},
	{"json", "{\"a\": [1, 2.5e3, true, null], \"b\": {\"c\": \"d\\n\"}}"},
	{"bash", "#!/bin/bash\nfor f in *.md; do echo \"$f\" | grep -i 'x' > /dev/null; done\nexport A=${B:-c}\n"},
	{"http", "GET /a HTTP/1.1\nHost: example.org\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\": true}\n"},
	{"python", "def f(x: int) -> str:\n    return f\"{x!r}\"  # note\n"},
	{"xml", "<?xml version=\"1.0\"?>\n<a:b xmlns:a=\"u\"><![CDATA[x < y]]></a:b>\n"},
	{"wat", "(module (func $f (param i32) (result i32) local.get 0 i32.const 1 i32.add))\n"},
	{"jsx", "const A = () => <div className=\"a\">{items.map((i) => <B key={i} />)}</div>;\n"},
	{"md", "# Title\n\n- item *em* `code`\n\n```js\nlet a;\n```\n"},
	{"sql", "SELECT a, COUNT(*) FROM t WHERE b = 'x' GROUP BY a;\n"},
	{"php", "<?php\n  echo 1;\n?>\n// after the end"}, {"php", "<?php echo 1; ?>"},
	{"js", ""}, {"css", "\n"}, {"html", "\r"},
}

func TestRuleLexerEqualsChroma(t *testing.T) {
	for _, s := range tokenSamples {
		want := chromaHighlight(t, s.lang, s.code)
		if got := string(highlight(nil, s.lang, s.code)); got != want {
			t.Errorf("%s %q:\n got %q\nwant %q", s.lang, s.code, got, want)
		}
	}
	for _, lang := range []string{"js", "css", "html", "json", "bash"} {
		if lexerFor(lang).rules == nil {
			t.Errorf("%s has no fast path", lang)
		}
	}
}

// FuzzRuleLexer checks the fast path against chroma on any code.
func FuzzRuleLexer(f *testing.F) {
	for _, s := range tokenSamples {
		f.Add(s.lang, s.code)
	}
	f.Fuzz(func(t *testing.T, lang, code string) {
		switch lang {
		case "js", "css", "html", "json", "bash", "http", "xml", "wat", "python":
		default:
			t.Skip()
		}
		want := chromaHighlight(t, lang, code)
		if got := string(highlight(nil, lang, code)); got != want {
			t.Errorf("%s %q:\n got %q\nwant %q", lang, code, got, want)
		}
	})
}

// TestRuleLexerMDN compares the fast path with chroma on every distinct
// fenced block of MDN's real tree, about three minutes of CPU, so only
// when asked: DOKU_MDN=$PWD/.mdn go test -run RuleLexerMDN
// ./internal/markdown (after "make mdn").
func TestRuleLexerMDN(t *testing.T) {
	dir := os.Getenv("DOKU_MDN")
	root := filepath.Join(dir, "files")
	if _, err := os.Stat(root); dir == "" || err != nil {
		t.Skip("set DOKU_MDN to a folder holding MDN's tree in files/")
	}
	md := goldmark.New()
	seen := map[string]bool{}
	blocks, diffs := 0, 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc := md.Parser().Parse(text.NewReader(src))
		return ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			cb, ok := n.(*ast.FencedCodeBlock)
			if !entering || !ok {
				return ast.WalkContinue, nil
			}
			lang := fencedCodeInfo(cb, src).Lang
			code := string(cb.Lines().Value(src))
			if k := lang + "\x00" + code; lang == "" || seen[k] {
				return ast.WalkContinue, nil
			} else {
				seen[k] = true
			}
			blocks++
			want := chromaHighlight(t, lang, code)
			if got := string(highlight(nil, lang, code)); got != want {
				diffs++
				if diffs <= 5 {
					t.Errorf("%s: %s block differs:\n got %q\nwant %q", path, lang, got, want)
				}
			}
			return ast.WalkContinue, nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d distinct blocks, %d differ", blocks, diffs)
}
