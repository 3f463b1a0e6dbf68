package mdn

import (
	"html"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/site"
)

// The indexes of the Web API reference's landing page: every interface,
// and every API, under the first letter of its name, as rari's
// api_list_alpha.rs and api_list_specs.rs (ListGroups) write them.

// apiListAlpha lists the interfaces of Web/API (the English pages below
// it of type web-api-interface, as MDN lists them in every locale), in
// code, each linked to its page in the reader's locale where translated.
var apiListAlpha = &macro.Macro{
	Name: "APIListAlpha", Kind: macro.KindSection,
	Doc: "Every Web API interface, by its first letter, linked.",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		var items []letterItem
		for _, p := range sortedByTitle("en-US", c.env.Site.Children("Web/API")) {
			if p.Meta.PageType != "web-api-interface" {
				continue
			}
			link, err := c.linkOrLabel([]string{p.Slug}, "", code(html.EscapeString(p.ShortTitle())))
			if err != nil {
				return "", err
			}
			items = append(items, letterItem{p.Meta.Title, link})
		}
		return letterIndex(items), nil
	}),
}

// listGroups lists the APIs of jsondata/GroupData.json, by name, each
// linked to its overview page (titled in the reader's locale where
// translated).
var listGroups = &macro.Macro{
	Name: "ListGroups", Kind: macro.KindSection,
	Doc: "Every Web API (from jsondata/GroupData.json), by its first letter, linked to its overview.",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		var names []string
		if c.env.API != nil {
			for name := range c.env.API.Groups {
				names = append(names, name)
			}
		}
		slices.Sort(names)
		var items []letterItem
		for _, name := range names {
			g, _ := c.env.API.Group(name)
			if len(g.Overview) == 0 {
				continue
			}
			overview := g.Overview[0]
			slug := "Web/API/" + strings.ReplaceAll(overview, " ", "_")
			title := overview
			if p := c.pageIn(slug); p != nil {
				title = p.ShortTitle()
			}
			link, err := c.linkOrLabel([]string{slug}, "", html.EscapeString(title))
			if err != nil {
				return "", err
			}
			items = append(items, letterItem{overview, link})
		}
		return letterIndex(items), nil
	}),
}

// pageIn is the page with slug in the reader's locale, else in English,
// else nil.
func (c *call) pageIn(slug string) *site.Page {
	if p := c.env.Site.Page(c.env.Page.Locale, slug); p != nil {
		return p
	}
	return c.env.Site.Page("en-US", slug)
}

// letterItem is one entry of a letter index: the name whose first letter
// files it, and its HTML.
type letterItem struct{ name, html string }

// letterIndex writes items under a heading for each first letter, the
// letters in order and each letter's items in their order, as MDN's
// index pages do: <div class="index"><h3>A</h3><ul><li>...</li></ul>...
// </div>.
func letterIndex(items []letterItem) string {
	byLetter := map[rune][]string{}
	var letters []rune
	for _, it := range items {
		r, _ := utf8.DecodeRuneInString(it.name)
		if byLetter[r] == nil {
			letters = append(letters, r)
		}
		byLetter[r] = append(byLetter[r], it.html)
	}
	slices.Sort(letters)
	var b strings.Builder
	b.WriteString(`<div class="index">`)
	for _, r := range letters {
		b.WriteString("<h3>" + html.EscapeString(string(r)) + "</h3><ul><li>" + strings.Join(byLetter[r], "</li><li>") + "</li></ul>")
	}
	b.WriteString(`</div>`)
	return b.String()
}
