package workbench

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Page states as the pages view names and filters them: the states of
// i18n, and "moved" for a translation whose English page has a new slug.
const (
	pageDone     = "done"
	pageOutdated = "outdated"
	pageMissing  = "missing"
	pageUnknown  = "unknown"
	pageMoved    = "moved"
)

var pageStates = []string{pageMissing, pageOutdated, pageMoved, pageUnknown, pageDone}

// pageRow is one English page and its translation.
type pageRow struct {
	Slug, Title, State, Note, Section string
	// View is the slug the side-by-side view opens: the translation's,
	// which differs from Slug when the English page moved.
	View string
}

// sectionMin is how many pages a two-level section (Web/API) needs to
// be listed on its own; smaller ones count under their first level (Web).
const sectionMin = 20

// pageRows lists every English page of s with the state of its
// translation into loc, and the translations whose English page is gone.
func (wb *Workbench) pageRows(s *site.Site, loc string) []pageRow {
	h := wb.historyOf(s)
	var rows []pageRow
	moved := map[*site.Page]*site.Page{} // English page → translation made under an old slug
	var orphans []*site.Page
	for _, p := range s.Pages {
		if p.Locale == loc && p.Original == nil {
			if en := wb.movedTo(s, p); en != nil && s.Page(loc, en.Slug) == nil {
				moved[en] = p
			} else {
				orphans = append(orphans, p)
			}
		}
	}
	for _, en := range s.Pages {
		if en.Locale != locale.Source {
			continue
		}
		r := pageRow{Slug: en.Slug, Title: en.Meta.Title, View: en.Slug}
		switch t := s.Page(loc, en.Slug); {
		case t != nil:
			r.Title = t.Meta.Title
			r.State, r.Note = pageStateOf(h, en.Src.Path, t.Src.Meta.L10n.SourceCommit)
		case moved[en] != nil:
			r.State, r.View = pageMoved, moved[en].Slug
			r.Note = "translated under the old slug " + moved[en].Slug + ": move " + moved[en].Src.File + " and set its slug"
		default:
			r.State = pageMissing
		}
		rows = append(rows, r)
	}
	for _, p := range orphans {
		rows = append(rows, pageRow{Slug: p.Slug, Title: p.Meta.Title, View: p.Slug, State: pageUnknown,
			Note: "no English page has this slug, and no redirect or rename leads from it to one"})
	}
	setSections(rows)
	return rows
}

// pageStateOf is the state of a translation made from the English file
// at path (in the content tree) as of sourceCommit.
func pageStateOf(h *pagestate.History, path, sourceCommit string) (state, note string) {
	st, b := h.PageState(path, sourceCommit)
	switch st {
	case i18n.Stale:
		return pageOutdated, strconv.Itoa(b.Commits) + " English change(s) since, the last on " + b.Changed.Format(pagestate.DateFormat)
	case i18n.Unknown:
		return pageUnknown, reasonText[b.Reason]
	}
	return pageDone, ""
}

// reasonText says why a page's state is unknown (pagestate's reasons).
var reasonText = map[string]string{
	pagestate.NoGit:          "git is not installed",
	pagestate.NotARepo:       "the content is not in a git repository",
	pagestate.GitFailed:      "git failed to read the history",
	pagestate.NoSourceCommit: "the translation names no l10n.sourceCommit",
	pagestate.UnknownCommit:  "its l10n.sourceCommit is not in the history (a shallow clone?)",
	pagestate.Untracked:      "the English page is not committed",
}

// setSections files each row under a section: the first two levels of
// its slug (Web/API) where that many pages share them, else the first.
func setSections(rows []pageRow) {
	two := map[string]int{}
	for _, r := range rows {
		two[prefix(r.Slug, 2)]++
	}
	for i := range rows {
		rows[i].Section = prefix(rows[i].Slug, 1)
		if p := prefix(rows[i].Slug, 2); two[p] >= sectionMin && strings.Count(p, "/") == 1 {
			rows[i].Section = p
		}
	}
}

// prefix is the first n levels of a slug.
func prefix(slug string, n int) string {
	parts := strings.SplitN(slug, "/", n+1)
	return strings.Join(parts[:min(n, len(parts))], "/")
}

// sectionRow counts the pages of one section by state.
type sectionRow struct {
	Name   string
	Total  int
	Counts map[string]int
}

// pagesQuery is what the pages view shows.
type pagesQuery struct {
	Locale, Section, State, Q string
	Page                      int
}

// URL is the view with these filters, on page n (the current one for 0).
func (q pagesQuery) URL(n int) string {
	if n == 0 {
		n = q.Page
	}
	v := url.Values{"locale": {q.Locale}}
	for k, val := range map[string]string{"section": q.Section, "state": q.State, "q": q.Q} {
		if val != "" {
			v.Set(k, val)
		}
	}
	if n > 1 {
		v.Set("page", strconv.Itoa(n))
	}
	return Prefix + "pages?" + v.Encode()
}

type pagesPage struct {
	Locale   string
	Query    pagesQuery
	States   []string
	Sections []sectionRow
	Totals   sectionRow
	Rows     []pageRow
	Total    int
	Pages    int
	Pager    []pageLink
}

// pages shows the translation state of the pages of a locale: each
// section with its counts, and, for a section, a filter or a search, the
// pages themselves, paged.
func (wb *Workbench) pages(w http.ResponseWriter, r *http.Request) {
	loc := wb.pickLocale(r)
	s := wb.site()
	if loc == "" || s == nil {
		wb.noLocale(w, r)
		return
	}
	q := pagesQuery{Locale: loc, Section: r.FormValue("section"), State: r.FormValue("state"), Q: r.FormValue("q")}
	if !slices.Contains(pageStates, q.State) {
		q.State = ""
	}
	q.Page, _ = strconv.Atoi(r.FormValue("page"))
	q.Page = max(q.Page, 1)
	d := pagesPage{Locale: loc, Query: q, States: pageStates, Totals: sectionRow{Counts: map[string]int{}}}
	bySection := map[string]*sectionRow{}
	for _, row := range wb.pageRows(s, loc) {
		sec := bySection[row.Section]
		if sec == nil {
			sec = &sectionRow{Name: row.Section, Counts: map[string]int{}}
			bySection[row.Section] = sec
		}
		sec.Total++
		sec.Counts[row.State]++
		d.Totals.Total++
		d.Totals.Counts[row.State]++
		if (q.Section == "" || row.Section == q.Section) && (q.State == "" || row.State == q.State) &&
			matches(q.Q, row.Slug, row.Title) {
			d.Rows = append(d.Rows, row)
		}
	}
	for _, sec := range bySection {
		d.Sections = append(d.Sections, *sec)
	}
	slices.SortFunc(d.Sections, func(a, b sectionRow) int { return cmp.Compare(a.Name, b.Name) })
	if q.Section == "" && q.State == "" && q.Q == "" {
		d.Rows = nil // the sections alone, until one is chosen
	}
	d.Total = len(d.Rows)
	d.Pages = max(1, (d.Total+perPage-1)/perPage)
	d.Pager = pager(q.URL, q.Page, d.Pages)
	from := min((q.Page-1)*perPage, d.Total)
	d.Rows = d.Rows[from:min(from+perPage, d.Total)]
	render(w, http.StatusOK, "pages", d)
}
