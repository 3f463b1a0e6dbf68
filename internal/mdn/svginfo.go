package mdn

import (
	"html"
	"strings"
	"unicode"

	"github.com/doku-docs/doku/internal/apidata"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

// svgInfo renders the table of an SVG element's page, as rari's SVGInfo
// does: the element's categories, and its permitted content (a sentence,
// links to the groups of elements on the element index, then the
// elements, each linked to its page). The element is the last segment of
// the page's slug; its data is jsondata/SVGData.json of the content tree.
// The words come from doku's catalogs (SVGInfo.*): the data's keys name
// the messages. A sentence the data spells out (by locale) is shown in
// the page's locale, else in English, as on MDN. Without data for the
// element MDN shows an error text; doku shows nothing and reports it.
var svgInfo = &macro.Macro{
	Name: "SVGInfo", Kind: macro.KindSection,
	Doc: "Categories and permitted content of the page's SVG element (from jsondata/SVGData.json).",
	Expand: renders(func(c *call, _ macro.Args) (string, error) {
		slug := c.env.Page.Slug
		name := slug[strings.LastIndexByte(slug, '/')+1:]
		info, ok := c.env.API.SVGInfo(name)
		if !ok {
			return "", &macro.DataError{Kind: diag.APIData, Quiet: true,
				Msg:  "jsondata/SVGData.json has no element " + quote(name) + ": nothing is shown",
				Hint: "SVGInfo is for the pages of SVG elements (Web/SVG/Reference/Element/<name>), whose name SVGData.json lists"}
		}
		return c.svgTable(info)
	}),
}

func (c *call) svgTable(info apidata.SVGElement) (string, error) {
	l := c.env.L
	var b strings.Builder
	b.WriteString(`<table class="properties"><tbody><tr><th scope="row">` + html.EscapeString(l.T("SVGInfo.Categories")) + `</th><td>`)
	for i, cat := range info.Categories {
		if i > 0 {
			b.WriteString(html.EscapeString(l.T("List.Separator")))
		}
		b.WriteString(html.EscapeString(l.T("SVGInfo." + cat)))
	}
	b.WriteString(`</td></tr><tr><th scope="row">` + html.EscapeString(l.T("SVGInfo.PermittedContent")) + `</th><td>`)
	if d := info.Content.Description; d.Key != "" {
		b.WriteString(html.EscapeString(l.T("SVGInfo." + d.Key)))
	} else if t, ok := d.Texts[c.env.Page.Locale]; ok {
		b.WriteString(c.dataHTML(t))
	} else {
		b.WriteString(c.dataHTML(d.Texts["en-US"]))
	}
	var elements []string
	for _, e := range info.Content.Elements {
		el, isElement := strings.CutPrefix(e, "&lt;")
		if !isElement {
			link, err := c.linkOrLabel([]string{"Web/SVG/Reference/Element"}, snakeCase(e), html.EscapeString(l.T("SVGInfo."+e)))
			if err != nil {
				return "", err
			}
			b.WriteString("<br/>" + link)
			continue
		}
		el = strings.TrimSuffix(el, "&gt;")
		link, err := c.linkOrLabel([]string{"Web/SVG/Reference/Element/" + el, "Web/SVG/Element/" + el}, "", code(argText("<"+el+">")))
		if err != nil {
			return "", err
		}
		elements = append(elements, link)
	}
	if len(elements) > 0 {
		b.WriteString("<br/>" + strings.Join(elements, html.EscapeString(l.T("List.Separator"))))
	}
	b.WriteString(`</td></tr></tbody></table>`)
	return b.String(), nil
}

// linkOrLabel is xref's link, or for a page that exists nowhere MDN's
// "not yet written" label: in a table of many links one missing page is
// no reason to fail the whole table.
func (c *call) linkOrLabel(slugs []string, anchor, label string) (string, error) {
	out, err := c.xref(slugs, anchor, label)
	var missing *macro.MissingPageError
	if asMissing(err, &missing) {
		return missing.HTML, nil
	}
	return out, err
}

// snakeCase is the heading ID of a group of elements on MDN's element
// index, made from its key as rari makes it: "shapeElements" →
// "shape_elements".
func snakeCase(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r < unicode.MaxASCII && unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
