package mdn

import (
	"html"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/site"
)

// subpagesWithSummaries lists the pages one level below the calling page
// as a definition list: each page's title, linked, and its summary. As
// on MDN (rari's subpages_with_summaries.rs), the pages are those of the
// calling page's own locale, sorted by title; a translation lists its
// translated subpages.
var subpagesWithSummaries = &macro.Macro{
	Name: "SubpagesWithSummaries", Kind: macro.KindSection,
	Doc: "The pages below this page, each with its title linked and its first paragraph.",
	Expand: func(env *macro.Env, _ macro.Args) (macro.Result, error) {
		return summaryList(env, `<dt class="landingPageList">`, `<dd class="landingPageList"><p>`, `</p></dd>`)
	},
}

// glossaryDisambiguation lists the pages below a glossary term that
// names several things, as SubpagesWithSummaries does, without its
// classes and paragraphs (rari's glossarydisambiguation.rs).
var glossaryDisambiguation = &macro.Macro{
	Name: "GlossaryDisambiguation", Kind: macro.KindSection,
	Doc: "The meanings of a glossary term: the pages below it, each with its title linked and its first paragraph.",
	Expand: func(env *macro.Env, _ macro.Args) (macro.Result, error) {
		return summaryList(env, `<dt>`, `<dd>`, `</dd>`)
	},
}

// summaryList is the definition list of the calling page's subpages with
// their summaries, dt opening each term and ddOpen and ddClose around
// each summary. A page without a summary shows MDN's note instead; the
// call is reported, naming those pages.
func summaryList(env *macro.Env, dt, ddOpen, ddClose string) (macro.Result, error) {
	c := &call{env: env}
	var b strings.Builder
	var bare []string
	b.WriteString("<dl>")
	for _, p := range sortedByTitle(env.Page.Locale, env.Site.ChildrenIn(env.Page.Locale, env.Page.Slug)) {
		s := c.summary(p)
		if s == "" {
			bare = append(bare, p.Src.File)
			s = html.EscapeString(env.L.T("Summary.None"))
		}
		b.WriteString(dt + `<a href="` + html.EscapeString(site.RelURL(env.Page.OutPath(), p.OutPath())) + `">` +
			html.EscapeString(p.Meta.Title) + `</a></dt>` + ddOpen + s + ddClose)
	}
	b.WriteString("</dl>")
	res := macro.Result{HTML: b.String(), Fallbacks: c.fallbacks}
	if len(bare) > 0 {
		return res, &macro.DataError{Kind: diag.Macro, Quiet: true, HTML: res.HTML,
			Msg:  "no summary in " + strings.Join(bare, ", ") + ": the list shows a note for each",
			Hint: "start each of these pages with a paragraph of prose, as MDN takes a page's summary from it"}
	}
	return res, nil
}

// sortedByTitle is pages sorted by title as the locale sorts.
func sortedByTitle(loc string, pages []*site.Page) []*site.Page {
	pages = slices.Clone(pages)
	col := collate.New(language.Make(loc), collate.Loose, collate.Numeric)
	slices.SortStableFunc(pages, func(a, b *site.Page) int { return col.CompareString(a.Meta.Title, b.Meta.Title) })
	return pages
}
