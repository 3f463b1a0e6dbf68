package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/l10n"
	"github.com/doku-docs/doku/internal/site"
)

// Translation state: the note on out-of-date translated pages and the
// status page (<locale>/status/index.html) that lists, for translators,
// every page and message of every translation with its state.

// maxDiffCommits bounds the git calls the status page makes for diffs
// (one per distinct source commit of the stale pages). A tree with more
// shows the git command to run instead of the diff.
const maxDiffCommits = 64

// startHistory reads the git history of the content's English folder in
// the background, while the pages load; the function it returns waits for
// it and resolves the source commits the pages name.
func startHistory(contentDir string) func(*site.Site) *l10n.History {
	ch := make(chan *l10n.History, 1)
	go func() { ch <- l10n.Read(contentDir, l10n.SourceFolder()) }()
	return func(s *site.Site) *l10n.History {
		h := <-ch
		h.Resolve(l10n.SourceCommits(s))
		return h
	}
}

// outdated is the note on a translated page whose English original
// changed after the translation's source commit.
type outdated struct {
	Text, EnglishHref string
}

func outdatedFor(in *input, p *site.Page, l *i18n.Localizer) *outdated {
	if in.history == nil || p.Original == nil {
		return nil
	}
	b := in.history.Behind(p.Original.Src.Path, p.Src.Meta.L10n.SourceCommit)
	if b.Reason != "" || b.Commits == 0 {
		return nil
	}
	return &outdated{
		Text:        l.N("Banner.Outdated", b.Commits, "Date", b.Changed.Format(l10n.DateFormat)),
		EnglishHref: site.RelURL(p.OutPath(), p.Original.OutPath()),
	}
}

// statusData is what layouts/status.html shows.
type statusData struct {
	Locales []statusLocale
}

type statusLocale struct {
	Locale, Name              string
	PageCounts, MessageCounts string
	// NoHistory says why page staleness is unknown ("" when known).
	NoHistory string
	Pages     []statusPage
	Messages  []statusMessage
}

type statusPage struct {
	Title, State, StateText string
	// File is the file to edit (or create); EnglishHref and Href link the
	// two pages ("" when there is no translation).
	File, EnglishHref, Href string
	Diff, DiffCommand       string
}

type statusMessage struct {
	ID, State, StateText, Pos, English, Text string
}

// statusReports gathers the state of every translation of the site, with
// the diffs of stale pages when they name at most maxDiffs source commits.
func statusReports(in *input, maxDiffs int) []*l10n.Report {
	dc := &diag.Collector{} // the catalogs' problems are reported by loading them
	src, trs := i18n.ReadFiles(os.DirFS(in.rootDir), i18n.CatalogDir, "", dc)
	var reps []*l10n.Report
	for _, loc := range in.site.Locales[1:] {
		if loc == in.pseudo {
			continue // a preview of English, not a translation
		}
		var tr *i18n.File
		for _, f := range trs {
			if f.Locale == loc {
				tr = f
			}
		}
		rep := l10n.NewReport(in.site, in.history, src, tr, loc)
		_ = rep.AddDiffs(in.history, maxDiffs) // the page shows the git command where a diff is missing
		reps = append(reps, rep)
	}
	return reps
}

// renderStatus writes the status page of every locale, each in its own
// language, listing all translations, when doku.toml asks for it
// (status-page = true). It returns how many files it wrote.
func renderStatus(in *input, out sink, dc *diag.Collector) (int, error) {
	if !in.statusPage {
		return 0, nil
	}
	reps := statusReports(in, maxDiffCommits)
	for _, loc := range in.site.Locales {
		from := statusPath(loc)
		l := in.l10n[loc].ReportingTo(dc)
		d := pageData{L: l, Lang: loc, Root: rootPrefix(from), Home: site.RelURL(from, homePath(loc)), Title: l.T("Status.Title"), NoIndex: true}
		for _, other := range in.site.Locales {
			d.Languages = append(d.Languages, langLink{Locale: other, Name: localeName(in, other, dc), Current: other == loc,
				Exists: true, Href: site.RelURL(from, statusPath(other))})
		}
		d.Status = &statusData{}
		for _, rep := range reps {
			d.Status.Locales = append(d.Status.Locales, statusFor(in, rep, from, l, dc))
		}
		if err := execute(in, out, "status.html", from, d, dc); err != nil {
			return 0, err
		}
	}
	return len(in.site.Locales), nil
}

// renderStatus writes the status pages of a Session again: they list
// every page and message, so a page or catalog change can alter them.
// The git history stays as the last full load read it.
func (s *Session) renderStatus(ch *Change) error {
	dc := &diag.Collector{}
	out := &memory{files: map[string][]byte{}}
	if _, err := renderStatus(s.in, out, dc); err != nil {
		return err
	}
	s.outDiags[statusPath("*")] = dc.All()
	s.status = s.keepChanged(s.status, out, ch)
	return nil
}

func statusFor(in *input, rep *l10n.Report, from string, l *i18n.Localizer, dc *diag.Collector) statusLocale {
	sl := statusLocale{
		Locale: rep.Locale, Name: localeName(in, rep.Locale, dc),
		PageCounts: l10n.CountsText(l, rep.PageCounts), MessageCounts: l10n.CountsText(l, rep.MessageCounts),
	}
	if rep.NoHistory != "" {
		sl.NoHistory = l10n.NoHistoryText(l, rep.NoHistory)
	}
	for _, p := range rep.Pages {
		sp := statusPage{Title: p.Title, State: string(p.State), StateText: l10n.PageStateText(l, p), File: relTo(in.rootDir, p.File),
			EnglishHref: site.RelURL(from, p.SourceURL), Diff: p.Diff}
		if p.URL != "" {
			sp.Href = site.RelURL(from, p.URL)
		}
		if p.State == l10n.Stale {
			sp.DiffCommand = fmt.Sprintf("git diff %s HEAD -- %s", p.SourceCommit, relTo(in.rootDir, p.Source))
		}
		sl.Pages = append(sl.Pages, sp)
	}
	for _, m := range rep.Messages {
		pos := m.Pos.String()
		if pos == "" {
			pos = rep.Catalog
		}
		sl.Messages = append(sl.Messages, statusMessage{ID: m.ID, State: string(m.State),
			StateText: l10n.MessageStateText(l, m.State), Pos: pos, English: m.Source, Text: m.Text})
	}
	return sl
}

// relTo shows file relative to the site's root where it lies below it, as
// translators find it from there.
func relTo(root, file string) string {
	rel, err := filepath.Rel(root, filepath.FromSlash(file))
	if err != nil || strings.HasPrefix(rel, "..") {
		return file
	}
	return filepath.ToSlash(rel)
}

func statusPath(locale string) string { return locale + "/status/index.html" }

// Status loads the site as 'doku build' does, without rendering it, and
// returns the state of each translation (with the diffs of stale pages
// when diffs is set), a localizer for each locale, and the problems found
// while loading.
func Status(opt Options, diffs bool) ([]*l10n.Report, map[string]*i18n.Localizer, []diag.Diagnostic, error) {
	in, dc, err := loadForStatus(opt)
	if err != nil {
		return nil, nil, dc.All(), err
	}
	max := 0
	if diffs {
		max = maxDiffCommits
	}
	return statusReports(in, max), in.l10n, dc.All(), nil
}

// StatusPage renders the status page of locale as the built site has it
// at <locale>/status/index.html (its links are relative to that place).
func StatusPage(opt Options, locale string) ([]byte, []diag.Diagnostic, error) {
	in, dc, err := loadForStatus(opt)
	if err != nil {
		return nil, dc.All(), err
	}
	in.statusPage = true
	out := &memory{files: map[string][]byte{}}
	if _, err := renderStatus(in, out, dc); err != nil {
		return nil, dc.All(), err
	}
	page, ok := out.files[statusPath(locale)]
	if !ok {
		return nil, dc.All(), fmt.Errorf("the site has no locale %q; it has %s", locale, strings.Join(in.site.Locales, ", "))
	}
	return page, dc.All(), nil
}

func loadForStatus(opt Options) (*input, *diag.Collector, error) {
	dc := &diag.Collector{}
	in, err := load(opt.withDefaults(), collectors{dc, dc, dc, dc})
	if err == nil && in.site == nil {
		err = &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	return in, dc, err
}
