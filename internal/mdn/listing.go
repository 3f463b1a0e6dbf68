package mdn

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/site"
)

// listSubpages lists the pages below a page (the calling page, or the
// one its first argument names), depth levels down, as MDN's
// ListSubpages does: links titled in the reader's locale where the page
// is translated, sorted by title as the locale sorts, reversed or
// numbered on request.
var listSubpages = &macro.Macro{
	Name: "ListSubpages", Kind: macro.KindLink,
	Sig: params(
		macro.Param{Name: "page URL", Type: macro.TypeString, Optional: true},
		macro.Param{Name: "depth", Type: macro.TypeAny, Optional: true},
		macro.Param{Name: "reverse", Type: macro.TypeAny, Optional: true},
		macro.Param{Name: "ordered", Type: macro.TypeAny, Optional: true},
	),
	Doc: "List the pages below this page (or the one given), as links sorted by title.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		slug := c.env.Page.Slug
		if u := strings.TrimSpace(args.String(0)); u != "" {
			if _, rest, ok := strings.Cut(strings.TrimPrefix(u, "/"), "/docs/"); ok {
				slug = strings.TrimSuffix(rest, "/")
			} else {
				return "", &macro.ArgError{Msg: "names no page: give a URL like /en-US/docs/Web/API"}
			}
		}
		depth := 1
		if d, err := strconv.Atoi(strings.TrimSpace(args.String(1))); err == nil && d > 0 {
			depth = d
		}
		return c.subpageList(slug, depth, args.Truthy(2), args.Truthy(3))
	}),
}

// subpageList is the list of the pages below slug, depth levels down.
func (c *call) subpageList(slug string, depth int, reverse, ordered bool) (string, error) {
	e := c.env
	pages := slices.Clone(e.Site.Children(slug))
	if len(pages) == 0 || depth < 1 {
		return "", nil
	}
	title := func(p *site.Page) string {
		if t := e.Site.Page(e.Page.Locale, p.Slug); t != nil {
			return t.Meta.Title
		}
		return p.Meta.Title
	}
	col := collate.New(language.Make(e.Page.Locale), collate.Loose, collate.Numeric)
	slices.SortStableFunc(pages, func(a, b *site.Page) int { return col.CompareString(title(a), title(b)) })
	if reverse {
		slices.Reverse(pages)
	}
	tag := "ul"
	if ordered {
		tag = "ol"
	}
	var b strings.Builder
	b.WriteString("<" + tag + ">")
	for _, p := range pages {
		link, err := c.xref([]string{p.Slug}, "", argText(title(p)))
		if err != nil {
			return "", err
		}
		b.WriteString("<li>" + link)
		below, err := c.subpageList(p.Slug, depth-1, reverse, ordered)
		if err != nil {
			return "", err
		}
		b.WriteString(below + "</li>")
	}
	b.WriteString("</" + tag + ">")
	return b.String(), nil
}
