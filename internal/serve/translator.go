package serve

import (
	"bytes"
	"strings"

	"github.com/doku-docs/doku/internal/i18n"
)

// Translator mode: the build encloses every catalog string that fell back
// to English in i18n.FallbackOpen and FallbackClose. Here the marks become
// highlighting: in text, a <span class="doku-l10n-fallback">; inside a tag
// (an attribute such as title or aria-label), the tag gets the attribute
// data-doku-l10n-fallback; in raw text (<title>, <script>, <style>,
// <textarea>) they are dropped. The marked text itself was escaped by the
// build and stays as it is.

const (
	fallbackSpan = `<span class="doku-l10n-fallback">`
	fallbackAttr = ` data-doku-l10n-fallback`
)

var rawTextElements = []string{"title", "script", "style", "textarea"}

// markFallbacks turns fallback marks in an HTML page into highlighting.
func markFallbacks(page []byte) []byte {
	open, close := []byte(i18n.FallbackOpen), []byte(i18n.FallbackClose)
	if !bytes.Contains(page, open) {
		return page
	}
	var out bytes.Buffer
	out.Grow(len(page) + 256)
	var quote byte  // inside a tag: the quote of the attribute value we are in
	inTag := false  // between < and >
	marked := false // the tag being read held a mark
	rawEnd := ""    // in raw text: the end tag that ends it ("</title")
	tagStart := 0   // offset in out of the current tag's name
	for i := 0; i < len(page); {
		switch {
		case bytes.HasPrefix(page[i:], open) || bytes.HasPrefix(page[i:], close):
			isOpen := bytes.HasPrefix(page[i:], open)
			i += len(open) // both marks have the same length
			switch {
			case inTag:
				marked = true
			case rawEnd != "":
			case isOpen:
				out.WriteString(fallbackSpan)
			default:
				out.WriteString("</span>")
			}
			continue
		case rawEnd != "":
			if hasPrefixFold(page[i:], rawEnd) {
				rawEnd = ""
				inTag, tagStart = true, out.Len()+1
			}
		case inTag:
			c := page[i]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '>':
				inTag = false
				if marked {
					if out.Len() > 0 && out.Bytes()[out.Len()-1] == '/' {
						out.Truncate(out.Len() - 1)
						out.WriteString(fallbackAttr + "/")
					} else {
						out.WriteString(fallbackAttr)
					}
					marked = false
				}
				name := tagName(out.Bytes()[tagStart:])
				for _, raw := range rawTextElements {
					if name == raw {
						rawEnd = "</" + raw
					}
				}
			}
		case page[i] == '<':
			inTag, tagStart = true, out.Len()+1
		}
		out.WriteByte(page[i])
		i++
	}
	return out.Bytes()
}

// tagName is the lower-cased name at the start of a tag's text ("title"
// for `title lang="de"`); end tags give "".
func tagName(b []byte) string {
	end := bytes.IndexAny(b, " \t\n\r/>")
	if end < 0 {
		end = len(b)
	}
	return strings.ToLower(string(b[:end]))
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// stripMarks drops fallback marks from text that is not HTML.
func stripMarks(s string) string {
	return strings.NewReplacer(i18n.FallbackOpen, "", i18n.FallbackClose, "").Replace(s)
}
