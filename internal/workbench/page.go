package workbench

import (
	"cmp"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// pageSide is one of the two pages shown side by side.
type pageSide struct {
	Title, File, URL, Text string
}

// pageView is a translated page beside its English source.
type pageView struct {
	Token, Locale, Slug, State, Note string
	English, Translation             *pageSide
	// MovedFrom is the English slug the translation was made under, when
	// the English page moved since.
	MovedFrom string
	// SourceCommit is what the translation names now (the form's
	// version); Mark the commit that marking it up to date writes.
	SourceCommit, Mark string
	MarkNote           string
	Diff               []diffLine
	DiffNote           string
	Saved              bool
	Conflict, Problem  string
}

// pagePair finds the translation into loc with slug (nil when there is
// none) and the English page it is made from, following a move.
func (wb *Workbench) pagePair(s *site.Site, loc, slug string) (en, tr *site.Page, movedFrom string) {
	tr = s.Page(loc, slug)
	en = s.Page(locale.Source, slug)
	if tr != nil && tr.Original == nil {
		wb.historyOf(s) // the renames movedTo reads
		if en = wb.movedTo(s, tr); en != nil {
			movedFrom = tr.Slug
		}
	}
	return en, tr, movedFrom
}

// page shows a translation beside its English source, with the English
// changes since its sourceCommit.
func (wb *Workbench) page(w http.ResponseWriter, r *http.Request) {
	loc, s := wb.pickLocale(r), wb.site()
	if loc == "" || s == nil {
		wb.noLocale(w, r)
		return
	}
	d, status := wb.pageData(s, loc, r.FormValue("slug"))
	d.Saved = r.FormValue("saved") != ""
	render(w, status, "page", d)
}

// pageData reads both pages from disk (the preview's index may lag behind
// a save) and compares them.
func (wb *Workbench) pageData(s *site.Site, loc, slug string) (pageView, int) {
	d := pageView{Token: wb.token, Locale: loc, Slug: slug}
	en, tr, movedFrom := wb.pagePair(s, loc, slug)
	if en == nil && tr == nil {
		d.Problem = "the site has no page with the slug " + slug
		return d, http.StatusNotFound
	}
	h := wb.historyOf(s)
	d.MovedFrom = movedFrom
	if tr != nil {
		d.Translation = wb.side(tr)
		d.SourceCommit = sourceCommitOf(d.Translation.Text)
	}
	if en == nil {
		d.State, d.Note = pageUnknown, "no English page has this slug, and no redirect or rename leads from it to one"
		return d, http.StatusOK
	}
	d.English = wb.side(en)
	if tr == nil {
		d.State = pageMissing
		d.Note = "not translated: create " + strings.TrimSuffix(en.Src.File, en.Src.Path) + locale.Folder(loc) +
			strings.TrimPrefix(en.Src.Path, pagestate.SourceFolder())
		return d, http.StatusOK
	}
	fromPath := en.Src.Path
	if movedFrom != "" {
		fromPath = pagestate.SourceFolder() + strings.TrimPrefix(tr.Src.Path, locale.Folder(loc))
	}
	st, b := h.PageState(en.Src.Path, d.SourceCommit)
	if movedFrom != "" && d.SourceCommit != "" && h.Available() {
		st = i18n.Stale // the old file's history ends at the rename; the diff says what changed
	}
	d.State, d.Note = pageStateOf(h, en.Src.Path, d.SourceCommit)
	if movedFrom != "" {
		d.State, d.Note = pageMoved, "the English page moved from "+movedFrom+" to "+en.Slug+": move "+tr.Src.File+" and set its slug"
	}
	d.Mark = h.Last(en.Src.Path)
	switch {
	case d.Mark == "":
		d.MarkNote = "cannot be marked: " + reasonOr(h.Reason, pagestate.Untracked)
	case d.Mark == d.SourceCommit && movedFrom == "":
		d.Mark, d.MarkNote = "", "up to date: the translation names the English page's newest commit"
	}
	if st == i18n.Stale {
		wb.addDiff(&d, h, fromPath, en.Src.Path)
	} else if st == i18n.Unknown {
		d.DiffNote = "no diff: " + reasonOr(b.Reason, h.Reason)
	}
	return d, http.StatusOK
}

// addDiff puts the English changes since the translation's source commit
// into d.
func (wb *Workbench) addDiff(d *pageView, h *pagestate.History, from, to string) {
	var diff string
	var err error
	if from == to {
		var diffs map[string]string
		if diffs, err = h.Diffs(d.SourceCommit, []string{to}); err == nil {
			diff = diffs[to]
		}
	} else {
		diff, err = h.DiffMoved(d.SourceCommit, from, to)
	}
	switch {
	case err != nil:
		d.DiffNote = "no diff: " + err.Error()
	case diff == "":
		d.DiffNote = "the English file is the same as at " + d.SourceCommit
	default:
		d.Diff = diffLines(diff)
	}
}

func reasonOr(reason, other string) string {
	if t := reasonText[reason]; t != "" {
		return t
	}
	return reasonText[other]
}

// side reads page p from disk.
func (wb *Workbench) side(p *site.Page) *pageSide {
	text, err := os.ReadFile(filepath.Join(wb.opt.Content, filepath.FromSlash(p.Src.Path)))
	if err != nil {
		text = []byte(err.Error())
	}
	return &pageSide{Title: p.Meta.Title, File: p.Src.File, URL: "/" + p.OutPath(), Text: string(text)}
}

// sourceCommitOf reads l10n.sourceCommit from a page's text.
func sourceCommitOf(text string) string {
	fm, _, _, _ := content.ParseFrontMatter("", []byte(text), false, &diag.Collector{})
	return fm.L10n.SourceCommit
}

// markPage sets the translation's sourceCommit to the English page's
// newest commit. It is refused with 409 when the translation names another
// commit than the form was shown with, or the English page changed again
// since: the translator has not seen those changes.
func (wb *Workbench) markPage(w http.ResponseWriter, r *http.Request) {
	loc, s := wb.pickLocale(r), wb.site()
	if loc == "" || s == nil {
		wb.noLocale(w, r)
		return
	}
	slug := r.PostForm.Get("slug")
	wb.mu.Lock()
	defer wb.mu.Unlock()
	d, status := wb.pageData(s, loc, slug)
	switch {
	case status != http.StatusOK || d.Translation == nil:
		d.Problem = "there is no translation to mark: " + cmp.Or(d.Problem, d.Note)
		render(w, http.StatusNotFound, "page", d)
		return
	case d.SourceCommit != r.PostForm.Get("version"):
		d.Conflict = "The translation was changed since you opened it: it names " + cmp.Or(d.SourceCommit, "no source commit") +
			" now, not " + cmp.Or(r.PostForm.Get("version"), "none") + ". Check it again below."
		render(w, http.StatusConflict, "page", d)
		return
	case d.Mark == "" || d.Mark != r.PostForm.Get("commit"):
		d.Conflict = "The English page changed again since you opened it (its newest commit is " + cmp.Or(d.Mark, "unknown") +
			"). Look at the new changes below, then mark it again."
		render(w, http.StatusConflict, "page", d)
		return
	}
	p := filepath.Join(wb.opt.Content, filepath.FromSlash(s.Page(loc, slug).Src.Path))
	out, err := content.SetSourceCommit([]byte(d.Translation.Text), d.Mark)
	if err == nil {
		err = i18n.WriteAtomic(p, out)
	}
	if err != nil {
		d.Problem = d.Translation.File + ": " + err.Error()
		render(w, http.StatusInternalServerError, "page", d)
		return
	}
	http.Redirect(w, r, Prefix+"page?"+url.Values{"locale": {loc}, "slug": {slug}, "saved": {"1"}}.Encode(), http.StatusSeeOther)
}
