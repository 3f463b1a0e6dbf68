package markdown

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawCode is what a raw HTML block offers live samples: its <pre>
// elements of a sample language (<pre class="brush: html hidden">, as
// older MDN pages write them) and, by ID, the ones inside each element
// that has an ID (a table cell holding its sample, as on MDN's <input>
// page). MDN reads a <pre> as sample code when one of its class words
// is html, css or js, and takes its text with references resolved.
type rawCode struct {
	blocks []codeBlock
	byID   map[string][]codeBlock
	// hasPre says the block holds a <pre> of any kind.
	hasPre bool
}

// readRawCode parses a raw HTML block for its sample code.
func readRawCode(s string) rawCode {
	var rc rawCode
	if !strings.Contains(s, "<") {
		return rc
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return rc
	}
	var walk func(n *html.Node, owners []string)
	walk = func(n *html.Node, owners []string) {
		if n.Type == html.ElementNode {
			if id := attr(n, "id"); id != "" {
				owners = append(owners, strings.ToLower(id))
				if rc.byID == nil {
					rc.byID = map[string][]codeBlock{}
				}
				if _, seen := rc.byID[owners[len(owners)-1]]; !seen {
					rc.byID[owners[len(owners)-1]] = nil
				}
			}
			if n.DataAtom == atom.Pre {
				rc.hasPre = true
				if b, ok := rawBlock(n); ok {
					rc.blocks = append(rc.blocks, b)
					for _, o := range owners {
						rc.byID[o] = append(rc.byID[o], b)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, owners)
		}
	}
	for _, n := range nodes {
		walk(n, nil)
	}
	return rc
}

// rawBlock reads a <pre> as sample code when a class word names a
// sample language; its other class words are kept as flags.
func rawBlock(pre *html.Node) (codeBlock, bool) {
	var b codeBlock
	for _, w := range strings.Fields(attr(pre, "class")) {
		switch w {
		case "html", "css", "js":
			if b.lang == "" {
				b.lang = w
				continue
			}
		}
		b.classes = append(b.classes, w)
	}
	if b.lang == "" {
		return b, false
	}
	var text strings.Builder
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			collect(c)
		}
	}
	collect(pre)
	b.code = text.String()
	return b, true
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
