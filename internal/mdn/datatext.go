package mdn

import (
	"errors"
	"html"
	"regexp"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// Texts from MDN's data (mdn-data's localized strings) are HTML with
// links to MDN's pages ("/de/docs/Web/CSS/...") and macro calls
// ({{cssxref("length")}}). dataHTML makes such a text part of the page:
// calls expanded by doku's own macros, links resolved like the page's.

// inner is the registry the calls in data texts are expanded with; it is
// set in init, as the macros that use it are part of it.
var inner *macro.Registry

func init() { inner = Registry() }

var (
	// anchorTag is an <a> start tag; a quoted value may hold ">"
	// (mdn-data's French titles: "Les valeurs de type <couleur> ...").
	anchorTag = regexp.MustCompile(`<a\s(?:[^>"']|"[^"]*"|'[^']*')*>`)
	fragment  = regexp.MustCompile(`(href="[^"#]*)#[^"]*"`)
)

// dataHTML expands the calls in s and resolves its internal links; a
// link to no page keeps its text, marked as not written. On a
// translation the links lose their fragments: the data's fragments name
// English sections, and a translation's headings, and so its IDs, are
// translated.
func (c *call) dataHTML(s string) string {
	return c.resolveLinks(c.expandCalls(s), c.env.Page.Locale != "en-US")
}

// resolveLinks resolves the internal links of s (HTML) for the page,
// without their fragments if dropFragments is set.
func (c *call) resolveLinks(s string, dropFragments bool) string {
	return anchorTag.ReplaceAllStringFunc(s, func(tag string) string {
		a, ok, err := c.env.ResolveAnchorTag([]byte(tag))
		switch {
		case !ok:
			return tag
		case err != nil:
			return `<a class="page-not-created" title="` + html.EscapeString(c.env.L.T("Link.NotWritten")) + `">`
		}
		if a.Fallback {
			c.fallbacks = append(c.fallbacks, a.Href)
		} else if dropFragments {
			return fragment.ReplaceAllString(a.HTML, `$1"`)
		}
		return a.HTML
	})
}

// expandCalls replaces each {{call}} in s by what it renders; a call that
// fails shows its label or nothing.
func (c *call) expandCalls(s string) string {
	var b strings.Builder
	for {
		j := strings.Index(s, "{{")
		if j < 0 {
			return b.String() + s
		}
		b.WriteString(s[:j])
		call, err := macro.Parse([]byte(s[j:]))
		if err != nil {
			b.WriteString("{{")
			s = s[j+2:]
			continue
		}
		s = s[j+call.Len:]
		m, args, err := inner.Check(call)
		if err != nil {
			continue
		}
		res, err := m.Expand(c.env, args)
		c.fallbacks = append(c.fallbacks, res.Fallbacks...)
		var missing *macro.MissingPageError
		switch {
		case err == nil:
			b.WriteString(res.HTML)
		case errors.As(err, &missing):
			b.WriteString(missing.HTML)
		}
	}
}
