package pipeline

import (
	"bytes"
	"fmt"
	"strings"
)

// generators write the inputs of testdata/bad that are too large to
// commit. A case that uses one is named after it.
var generators = map[string]func() []byte{
	// A 50 MB page: front matter, then sections of plain paragraphs, each
	// with a heading, a link and a bit of code (highlighting dominates
	// the cost of a page, so most of it is text).
	"page-50mb": func() []byte {
		var b bytes.Buffer
		b.WriteString("---\ntitle: Big\nslug: Web/API/Thing/big\n---\n\n")
		para := strings.Repeat("Some plain text about the thing, written to fill a page. ", 16) + "\n\n"
		for i := 0; b.Len() < 50<<20; i++ {
			fmt.Fprintf(&b, "## Section %d\n\nSee the [thing](/en-US/docs/Web/API/Thing) and `code`.\n\n", i)
			if i%100 == 0 {
				fmt.Fprintf(&b, "```js\nconst x = %d;\n```\n\n", i)
			}
			b.WriteString(strings.Repeat(para, 100))
		}
		return b.Bytes()
	},
	// Lists nested 10,000 deep, on one line ("- - - item"): nesting by
	// indentation would take 100 MB of spaces.
	"nested-lists": func() []byte {
		return []byte("---\ntitle: Deep\nslug: Web/API/Thing/deep\n---\n\n" + strings.Repeat("- ", 10000) + "item\n")
	},
	// Lists nested 2,000 deep by indentation.
	"nested-lists-indented": func() []byte {
		var b bytes.Buffer
		b.WriteString("---\ntitle: Deep\nslug: Web/API/Thing/deep\n---\n\n")
		for i := range 2000 {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.Bytes()
	},
	// Block quotes nested 10,000 deep, on one line.
	"nested-quotes": func() []byte {
		return []byte("---\ntitle: Deep\nslug: Web/API/Thing/deep\n---\n\n" + strings.Repeat("> ", 10000) + "deep\n")
	},
	// A macro call with 10,000 arguments.
	"macro-10000-args": func() []byte {
		return []byte("---\ntitle: Args\nslug: Web/API/Thing/args\n---\n\nText {{domxref(" +
			strings.TrimSuffix(strings.Repeat(`"a", `, 10000), ", ") + ")}} after.\n")
	},
	// A binary file named index.md: NUL bytes and bytes that are not
	// UTF-8, as a misplaced image would be.
	"binary-page": func() []byte {
		b := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		for i := range 4096 {
			b = append(b, byte(i*7))
		}
		return b
	},
}
