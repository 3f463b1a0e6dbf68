package pipeline

import (
	"fmt"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
)

// Status loads the site as 'doku build' does, without rendering it, and
// returns the state of each translation (with the diffs of stale pages
// when diffs is set), a localizer for each locale, and the problems found
// while loading.
func Status(opt Options, diffs bool) ([]*pagestate.Report, map[string]*i18n.Localizer, []diag.Diagnostic, error) {
	in, dc, err := loadForStatus(opt)
	if err != nil {
		return nil, nil, dc.All(), err
	}
	max := 0
	if diffs {
		max = render.MaxDiffCommits
	}
	return render.StatusReports(in, max), in.L10n, dc.All(), nil
}

// StatusPage renders the status page of locale as the built site has it
// at <locale>/status/index.html (its links are relative to that place).
func StatusPage(opt Options, locale string) ([]byte, []diag.Diagnostic, error) {
	in, dc, err := loadForStatus(opt)
	if err != nil {
		return nil, dc.All(), err
	}
	out := &memory{files: map[string][]byte{}}
	if _, err := render.Status(in, out, dc); err != nil {
		return nil, dc.All(), err
	}
	page, ok := out.files[render.StatusPath(locale)]
	if !ok {
		return nil, dc.All(), fmt.Errorf("the site has no locale %q; it has %s", locale, strings.Join(in.Site.Locales, ", "))
	}
	return page, dc.All(), nil
}

func loadForStatus(opt Options) (*load.Model, *diag.Collector, error) {
	dc := &diag.Collector{}
	in, err := load.Load(opt.load(), load.One(dc))
	if err == nil && in.Site == nil {
		err = &ErrFailed{Errors: dc.Count(diag.Error)}
	}
	return in, dc, err
}
