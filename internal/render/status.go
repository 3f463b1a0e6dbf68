package render

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Translation state: the note on out-of-date translated pages and the
// status page (<locale>/status/index.html) that lists, for translators,
// every page and message of every translation with its state.

// MaxDiffCommits bounds the git calls the status page makes for diffs
// (one per distinct source commit of the stale pages). A tree with more
// shows the git command to run instead of the diff.
const MaxDiffCommits = 64

// outdated is the note on a translated page whose English original
// changed after the translation's source commit.
type outdated struct {
	Text, EnglishHref string
}

func outdatedFor(in *load.Model, p *site.Page, l *i18n.Localizer) *outdated {
	if p.Original == nil {
		return nil
	}
	in.Reads.Add(deps.History, p.Original.Src.Path+"\x00"+p.Src.Meta.L10n.SourceCommit)
	if in.History == nil {
		return nil
	}
	state, b := in.History.PageState(p.Original.Src.Path, p.Src.Meta.L10n.SourceCommit)
	if state != i18n.Stale {
		return nil
	}
	return &outdated{
		Text:        l.N("Banner.Outdated", b.Commits, "Date", b.Changed.Format(pagestate.DateFormat)),
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
func StatusReports(in *load.Model, maxDiffs int) []*pagestate.Report {
	// The site's own catalog files, or doku's where the site has none;
	// their problems were reported when they were loaded.
	src := in.Catalogs.Top(locale.Source)
	var reps []*pagestate.Report
	for _, loc := range in.Site.Locales[1:] {
		if loc == in.Pseudo {
			continue // a preview of English, not a translation
		}
		rep := pagestate.NewReport(in.Site, in.History, src, in.Catalogs.Top(loc), loc)
		_ = rep.AddDiffs(in.History, maxDiffs) // the page shows the git command where a diff is missing
		reps = append(reps, rep)
	}
	return reps
}

// Status writes the status page of every locale, each in its own
// language, listing all translations, when doku.toml asks for it
// (status-page = true). It returns how many files it wrote.
func Status(in *load.Model, out Sink, dc *diag.Collector) (int, error) {
	reps := StatusReports(in, MaxDiffCommits)
	for _, loc := range in.Site.Locales {
		from := StatusPath(loc)
		l := in.L10n[loc].ReportingTo(dc)
		d := pageData{L: l, Lang: loc, Root: rootPrefix(from), Home: site.RelURL(from, HomePath(loc)), Title: l.T("Status.Title"), NoIndex: true}
		for _, other := range in.Site.Locales {
			d.Languages = append(d.Languages, langLink{Locale: other, Name: LocaleName(in, other, dc), Current: other == loc,
				Exists: true, Href: site.RelURL(from, StatusPath(other))})
		}
		d.Status = &statusData{}
		for _, rep := range reps {
			d.Status.Locales = append(d.Status.Locales, statusFor(in, rep, from, l, dc))
		}
		if err := execute(in, out, "status.html", from, d, dc); err != nil {
			return 0, err
		}
	}
	return len(in.Site.Locales), nil
}

func statusFor(in *load.Model, rep *pagestate.Report, from string, l *i18n.Localizer, dc *diag.Collector) statusLocale {
	sl := statusLocale{
		Locale: rep.Locale, Name: LocaleName(in, rep.Locale, dc),
		PageCounts: pagestate.CountsText(l, rep.PageCounts), MessageCounts: pagestate.CountsText(l, rep.MessageCounts),
	}
	if rep.NoHistory != "" {
		sl.NoHistory = pagestate.NoHistoryText(l, rep.NoHistory)
	}
	for _, p := range rep.Pages {
		sp := statusPage{Title: p.Title, State: string(p.State), StateText: pagestate.PageStateText(l, p), File: relTo(in.RootDir, p.File),
			EnglishHref: site.RelURL(from, p.SourceURL), Diff: p.Diff}
		if p.URL != "" {
			sp.Href = site.RelURL(from, p.URL)
		}
		if p.State == i18n.Stale {
			sp.DiffCommand = fmt.Sprintf("git diff %s HEAD -- %s", p.SourceCommit, relTo(in.RootDir, p.Source))
		}
		sl.Pages = append(sl.Pages, sp)
	}
	for _, m := range rep.Messages {
		pos := m.Pos.String()
		if pos == "" {
			pos = rep.Catalog
		}
		sl.Messages = append(sl.Messages, statusMessage{ID: m.ID, State: string(m.State),
			StateText: pagestate.MessageStateText(l, m.State), Pos: pos, English: m.Source, Text: m.Text})
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

func StatusPath(locale string) string { return locale + "/status/index.html" }
