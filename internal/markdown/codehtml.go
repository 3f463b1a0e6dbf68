package markdown

import (
	"bytes"
	"strings"

	"github.com/alecthomas/chroma/v2"
)

// codeHTML writes highlighted tokens straight into a buffer, byte for
// byte as chroma's HTML formatter does with classes and no surrounding
// <pre> (the formatter WriteCodeCSS styles): each line of a token, its
// newline included, escaped as html.EscapeString does and wrapped in a
// span of the token's class, if it has one. chroma's formatter collects
// the tokens, splits them into lines and builds each span with
// fmt.Sprintf; this writes as the lexer goes.
type codeHTML struct{ b *bytes.Buffer }

func (w codeHTML) token(t chroma.Token) {
	class := tokenClass(t.Type)
	for v := t.Value; v != ""; {
		line := v
		if i := strings.IndexByte(v, '\n'); i >= 0 {
			line = v[:i+1]
		}
		v = v[len(line):]
		if class != "" {
			w.b.WriteString(`<span class="`)
			w.b.WriteString(class)
			w.b.WriteString(`">`)
		}
		escapeHTML(w.b, line)
		if class != "" {
			w.b.WriteString("</span>")
		}
	}
}

// tokenClass is the class chroma's formatter gives t: that of t or of
// its nearest parent type with one.
func tokenClass(t chroma.TokenType) string {
	for ; t != 0; t = t.Parent() {
		if class, ok := chroma.StandardTypes[t]; ok {
			return class
		}
	}
	return chroma.StandardTypes[0]
}

// escapeHTML writes s escaped as html.EscapeString escapes it.
func escapeHTML(b *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}
