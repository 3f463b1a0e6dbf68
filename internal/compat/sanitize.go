package compat

import (
	"html"
	"regexp"
	"slices"
	"strings"
)

// allowedTags are the elements kept in notes and descriptions: the data
// uses code, a, em and kbd; the others are harmless inline markup.
var allowedTags = []string{"a", "b", "br", "code", "em", "i", "kbd", "strong", "sub", "sup", "var"}

var (
	tagRE  = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^<>]*)?)\s*/?>`)
	hrefRE = regexp.MustCompile(`(?i)\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
)

// SanitizeHTML makes the HTML of a note or description safe to put into a
// page: it keeps a few inline elements (links keep only href, and only
// http(s) or relative ones), escapes every other tag as text, normalizes
// entities, and closes what was left open, so a note can neither break
// the table it sits in nor run script. link may rewrite a kept href (to a
// local page); nil keeps hrefs as they are.
func SanitizeHTML(s string, link func(href string) string) string {
	var b strings.Builder
	var open []string
	text := func(t string) { b.WriteString(html.EscapeString(html.UnescapeString(t))) }
	last := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(s, -1) {
		text(s[last:m[0]])
		last = m[1]
		closing := m[3] > m[2]
		name := strings.ToLower(s[m[4]:m[5]])
		if !slices.Contains(allowedTags, name) {
			text(s[m[0]:m[1]])
			continue
		}
		switch {
		case name == "br":
			b.WriteString("<br>")
		case closing:
			i := slices.Index(open, name)
			if i < 0 {
				continue // a close tag with no open one is dropped
			}
			for j := len(open) - 1; j >= i; j-- {
				b.WriteString("</" + open[j] + ">")
			}
			open = open[:i]
		case name == "a":
			b.WriteString("<a")
			if h, ok := safeHref(s[m[6]:m[7]]); ok {
				if link != nil {
					h = link(h)
				}
				b.WriteString(` href="` + html.EscapeString(h) + `"`)
			}
			b.WriteString(">")
			open = append(open, name)
		default:
			b.WriteString("<" + name + ">")
			open = append(open, name)
		}
	}
	text(s[last:])
	for j := len(open) - 1; j >= 0; j-- {
		b.WriteString("</" + open[j] + ">")
	}
	return b.String()
}

// safeHref returns the href of a tag's attributes if it is an http(s) URL
// or a path; javascript: and other schemes are dropped.
func safeHref(attrs string) (string, bool) {
	m := hrefRE.FindStringSubmatch(attrs)
	if m == nil {
		return "", false
	}
	h := html.UnescapeString(m[1] + m[2] + m[3])
	lh := strings.ToLower(strings.TrimSpace(h))
	switch {
	case strings.HasPrefix(lh, "https://"), strings.HasPrefix(lh, "http://"),
		strings.HasPrefix(lh, "/"), strings.HasPrefix(lh, "#"):
		return strings.TrimSpace(h), true
	}
	return "", false
}
