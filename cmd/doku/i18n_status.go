package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/pipeline"

	"golang.org/x/text/language"
)

func runI18nStatus(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("i18n status", stderr)
	var site siteFlags
	site.register(fs, flagRoot|flagContent|flagBCD)
	only := fs.String("locale", "", "show only this translation (default: all)")
	lang := fs.String("lang", "", "language of the output (default: from LC_ALL, LC_MESSAGES or LANG)")
	asJSON := fs.Bool("json", false, "print the state of every page and message as JSON")
	asHTML := fs.Bool("html", false, "print the status page, as doku build writes it to <lang>/status/index.html")
	diffs := fs.Bool("diff", false, "show what changed in English for each out-of-date page")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt := site.options(pipeline.Options{})
	reps, l10ns, ds, err := pipeline.Status(opt, *diffs)
	if err != nil {
		printDiagnostics(stderr, ds)
		fmt.Fprintf(stderr, "doku i18n status: %v\n", err)
		return 1
	}
	if *only != "" {
		var kept []*pagestate.Report
		for _, r := range reps {
			if r.Locale == *only {
				kept = append(kept, r)
			}
		}
		reps = kept
	}
	var locales []string
	for l := range l10ns {
		locales = append(locales, l)
	}
	out := outputLanguage(*lang, locales)
	switch {
	case *asJSON:
		writeJSON(stdout, struct {
			Reports []*pagestate.Report `json:"locales"`
		}{reps})
	case *asHTML:
		page, ds, err := pipeline.StatusPage(opt, out)
		if err != nil {
			printDiagnostics(stderr, ds)
			fmt.Fprintf(stderr, "doku i18n status: %v\n", err)
			return 1
		}
		_, _ = stdout.Write(page)
	default:
		printStatus(stdout, l10ns[out], l10ns, reps)
	}
	return 0
}

// printStatus writes the summary of each translation, then what is out of
// date or missing, in l's language and number format.
func printStatus(w io.Writer, l *i18n.Localizer, names map[string]*i18n.Localizer, reps []*pagestate.Report) {
	fmt.Fprintln(w, l.T("Status.Title"))
	if len(reps) == 0 {
		fmt.Fprintln(w, "\n"+l.T("Status.NoTranslations"))
	}
	for _, r := range reps {
		name := r.Locale
		if nl := names[r.Locale]; nl != nil {
			name = nl.T("Locale.Name")
		}
		fmt.Fprintf(w, "\n%s (%s)\n", name, r.Locale)
		fmt.Fprintf(w, "  %s: %s\n", l.T("Status.Pages"), pagestate.CountsText(l, r.PageCounts))
		fmt.Fprintf(w, "  %s: %s\n", l.T("Status.Messages"), pagestate.CountsText(l, r.MessageCounts))
		if r.NoHistory != "" {
			fmt.Fprintf(w, "  %s\n", pagestate.NoHistoryText(l, r.NoHistory))
		}
		for _, p := range r.Pages {
			if p.State == i18n.Translated || p.State == i18n.Unknown && r.NoHistory != "" {
				continue
			}
			fmt.Fprintf(w, "  %s: %s\n", p.File, pagestate.PageStateText(l, p))
			if p.Diff != "" {
				fmt.Fprintln(w, "    "+strings.ReplaceAll(strings.TrimRight(p.Diff, "\n"), "\n", "\n    "))
			}
		}
		for _, m := range r.Messages {
			if m.State != i18n.Translated {
				pos := m.Pos.String()
				if m.Pos.Line == 0 {
					pos = m.ID
				}
				fmt.Fprintf(w, "  %s [%s]: %s\n", pos, m.ID, pagestate.MessageStateText(l, m.State))
			}
		}
	}
}

// outputLanguage picks the locale to talk in: -lang, else the POSIX
// locale variables, matched against the site's locales with x/text's
// matcher (whose returned index, not its tag, names the match).
func outputLanguage(flagLang string, locales []string) string {
	want := flagLang
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if want != "" {
			break
		}
		want = os.Getenv(v)
	}
	want, _, _ = strings.Cut(want, ".") // de_DE.UTF-8
	want, _, _ = strings.Cut(want, "@")
	want = strings.ReplaceAll(want, "_", "-")
	if want == "" || want == "C" || want == "POSIX" {
		return locale.Source
	}
	tags := []language.Tag{language.MustParse(locale.Source)}
	names := []string{locale.Source}
	for _, l := range locales {
		if t, err := language.Parse(l); err == nil && l != locale.Source {
			tags, names = append(tags, t), append(names, l)
		}
	}
	t, err := language.Parse(want)
	if err != nil {
		return locale.Source
	}
	_, i, conf := language.NewMatcher(tags).Match(t)
	if conf == language.No {
		return locale.Source
	}
	return names[i]
}
