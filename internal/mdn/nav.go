package mdn

import (
	"errors"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// Navigation between the pages of a tutorial: links to the previous and
// next pages and to the tutorial's overview, each given as a slug without
// locale ("Learn/CSS/First_steps/Getting_started").

// prevNext makes one of MDN's navigation macros; roles says what each
// argument is, in order ("prev", "next", "menu"). Each may be left out
// (the first page of a tutorial has no previous one); MDN lists them
// without brackets all the same.
func prevNext(name, doc string, roles ...string) *macro.Macro {
	var ps []macro.Param
	var usage []string
	for _, r := range roles {
		ps = append(ps, macro.Param{Name: r + " slug", Type: macro.TypeString, Optional: true})
		usage = append(usage, `"`+r+` slug"`)
	}
	return &macro.Macro{
		Name: name, Kind: macro.KindNav, Doc: doc,
		Sig: macro.Signature{Params: ps, Usage: "(" + strings.Join(usage, ", ") + ")"},
		Expand: renders(func(c *call, args macro.Args) (string, error) {
			env := c.env
			slugs := map[string]string{}
			for i, r := range roles {
				slugs[r] = strings.Trim(strings.TrimSpace(args.String(i)), "/")
			}
			var b strings.Builder
			var missing []string
			b.WriteString(`<ul class="prev-next">`)
			for _, r := range []string{"prev", "menu", "next"} {
				slug := slugs[r]
				if slug == "" {
					continue
				}
				label := env.L.T("Nav.Previous")
				switch r {
				case "next":
					label = env.L.T("Nav.Next")
				case "menu":
					title := slug[strings.LastIndexByte(slug, '/')+1:]
					if p := env.Site.Page(env.Page.Locale, slug); p != nil {
						title = p.Meta.Title
					} else if p := env.Site.Page("en-US", slug); p != nil {
						title = p.Meta.Title
					}
					label = env.L.T("Nav.Menu", "Title", title)
				}
				out, err := c.xref([]string{slug}, "", html.EscapeString(label))
				var m *macro.MissingPageError
				if asMissing(err, &m) {
					out, missing = m.HTML, append(missing, m.Href)
				} else if err != nil {
					return "", err
				}
				b.WriteString(`<li class="` + r + `">` + out + `</li>`)
			}
			b.WriteString(`</ul>`)
			if len(missing) > 0 {
				return "", &macro.MissingPageError{Href: strings.Join(missing, ", "), HTML: b.String()}
			}
			return b.String(), nil
		}),
	}
}

func asMissing(err error, m **macro.MissingPageError) bool { return err != nil && errors.As(err, m) }

var (
	previousNext     = prevNext("PreviousNext", "Links to the previous and next pages of a tutorial.", "prev", "next")
	previousMenuNext = prevNext("PreviousMenuNext", "Links to the previous and next pages of a tutorial and to its overview.", "prev", "next", "menu")
	previousMenu     = prevNext("PreviousMenu", "Links to the previous page of a tutorial and to its overview.", "prev", "menu")
	nextMenu         = prevNext("NextMenu", "Links to the next page of a tutorial and to its overview.", "next", "menu")
	previous         = prevNext("Previous", "Link to the previous page of a tutorial.", "prev")
	next             = prevNext("Next", "Link to the next page of a tutorial.", "next")
)
