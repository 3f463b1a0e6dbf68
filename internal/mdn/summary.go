package mdn

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/site"
)

// A page's summary, as MDN's listing macros (SubpagesWithSummaries,
// GlossaryDisambiguation) show it under the page's title: its first
// paragraph of prose. MDN (rari's summary_hack.rs) takes the body's
// lines after any blank lines, lines that are a macro call alone
// ("{{APIRef}}") and "##" headings, up to the next such line; in them a
// sidebar, compat or navigation macro gives nothing, Glossary its text,
// every other macro its first argument in code. That Markdown is then
// rendered on its own, and its outer <p> dropped.

// summarySkipped are the macros a summary leaves out (lower case).
var summarySkipped = map[string]bool{
	"apiref": true, "jsref": true, "compat": true, "page": true, "deprecated_header": true,
	"previous": true, "previousmenu": true, "previousnext": true, "previousmenunext": true,
	"quicklinkswithsubpages": true,
}

// summaryMarkdown is the Markdown of body's summary, "" when it has none.
func summaryMarkdown(body []byte) string {
	var lines []string
	started := false
	for line := range strings.Lines(string(body)) {
		line = strings.TrimRight(line, "\r\n")
		t := strings.TrimSpace(line)
		boundary := t == "" || strings.HasPrefix(line, "##") ||
			strings.HasPrefix(line, "{{") && strings.HasSuffix(line, "}}")
		if boundary && started {
			break
		}
		if !boundary {
			started = true
			lines = append(lines, line)
		}
	}
	return summaryCalls(strings.Join(lines, "\n"))
}

// summaryCalls replaces the macro calls in md as a summary shows them; a
// call that does not parse, or an escaped one ("\{{"), stays text.
func summaryCalls(md string) string {
	var b strings.Builder
	for {
		j := strings.Index(md, "{{")
		if j < 0 {
			return b.String() + md
		}
		if j > 0 && md[j-1] == '\\' {
			b.WriteString(md[:j+2])
			md = md[j+2:]
			continue
		}
		b.WriteString(md[:j])
		c, err := macro.Parse([]byte(md[j:]))
		if err != nil {
			b.WriteString("{{")
			md = md[j+2:]
			continue
		}
		md = md[j+c.Len:]
		arg := func(i int) (string, bool) {
			if i < len(c.Args) && c.Args[i].Kind != macro.None {
				return c.Args[i].Value, true
			}
			return "", false
		}
		name := strings.ToLower(c.Name)
		switch {
		case summarySkipped[name]:
		case name == "glossary":
			t, ok := arg(1)
			if !ok {
				t, _ = arg(0)
			}
			b.WriteString(argText(t))
		default:
			if t, ok := arg(0); ok {
				b.WriteString(code(argText(t)))
			}
		}
	}
}

// summaryMD renders summaries: CommonMark, raw HTML kept as on a page.
var summaryMD = goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))

// summary is the summary of page p as HTML for the calling page (its
// internal links resolved), "" when p has none or its body cannot be
// read.
func (c *call) summary(p *site.Page) string {
	if c.env.Body == nil {
		return ""
	}
	body, err := c.env.Body(p)
	if err != nil {
		return ""
	}
	md := summaryMarkdown(body)
	if md == "" {
		return ""
	}
	var out bytes.Buffer
	if err := summaryMD.Convert([]byte(md), &out); err != nil {
		return ""
	}
	s := strings.TrimSpace(out.String())
	s = strings.TrimPrefix(s, "<p>")
	s = strings.TrimSuffix(s, "</p>")
	return c.resolveLinks(s, false)
}
