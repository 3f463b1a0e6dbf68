package pagestate

import (
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Page is one English page and its translation into a locale.
type Page struct {
	Slug  string     `json:"slug"`
	Title string     `json:"title"`
	State i18n.State `json:"state"`
	// Source is the English file; File the translation's, or where to
	// create it.
	Source string `json:"source"`
	File   string `json:"file"`
	// SourceURL and URL are the output paths of the two pages ("" when
	// there is no translation).
	SourceURL    string `json:"sourceURL"`
	URL          string `json:"url,omitempty"`
	SourceCommit string `json:"sourceCommit,omitempty"`
	Behind       Behind `json:"behind,omitzero"`
	// Diff is what changed in English since SourceCommit; filled only by
	// AddDiffs.
	Diff string `json:"diff,omitempty"`

	srcPath string
}

// Counts sums up one kind of thing (pages or messages) of a locale.
type Counts struct {
	Total int `json:"total"`
	// Translated counts those with a translation, stale or not.
	Translated int `json:"translated"`
	Stale      int `json:"stale"`
	Missing    int `json:"missing"`
}

// Report is the state of one locale's translation.
type Report struct {
	Locale        string        `json:"locale"`
	Pages         []Page        `json:"pages"`
	Messages      []i18n.Status `json:"messages"`
	PageCounts    Counts        `json:"pageCounts"`
	MessageCounts Counts        `json:"messageCounts"`
	// NoHistory is why page staleness is unknown for every page ("" when
	// the history could be read).
	NoHistory string `json:"noHistory,omitempty"`
	// Catalog is the translation's catalog file.
	Catalog string `json:"catalog"`
}

// SourceCommits lists the l10n.sourceCommit of every translated page, for
// Load to resolve in one go.
func SourceCommits(s *site.Site) []string {
	var cs []string
	for _, p := range s.Pages {
		if c := p.Src.Meta.L10n.SourceCommit; c != "" && p.Locale != locale.Source {
			cs = append(cs, c)
		}
	}
	return cs
}

// SourceFolder is the folder of the source locale in a content tree.
func SourceFolder() string { return locale.Folder(locale.Source) }

// NewReport gathers the state of locale: every English page with its
// translation, every message of the catalogs (src, tr; tr may be nil when
// the locale has no readable catalog).
func NewReport(s *site.Site, h *History, src, tr *i18n.File, loc string) *Report {
	r := &Report{Locale: loc, NoHistory: h.Reason}
	for _, en := range s.Pages {
		if en.Locale != locale.Source {
			continue
		}
		p := Page{Slug: en.Slug, Title: en.Meta.Title, Source: en.Src.File, SourceURL: en.OutPath(), srcPath: en.Src.Path}
		t := s.Page(loc, en.Slug)
		if t == nil {
			p.State = i18n.Missing
			p.File = strings.TrimSuffix(en.Src.File, en.Src.Path) + locale.Folder(loc) + strings.TrimPrefix(en.Src.Path, SourceFolder())
		} else {
			p.Title, p.File, p.URL = t.Meta.Title, t.Src.File, t.OutPath()
			p.SourceCommit = t.Src.Meta.L10n.SourceCommit
			p.State, p.Behind = h.PageState(en.Src.Path, p.SourceCommit)
		}
		r.Pages = append(r.Pages, p)
		r.PageCounts.add(p.State == i18n.Missing, p.State == i18n.Stale)
	}
	if src != nil && tr != nil {
		r.Catalog = tr.Path
		r.Messages = i18n.CheckLocale(src, tr, &diag.Collector{})
	} else if src != nil {
		for _, id := range src.IDs() {
			r.Messages = append(r.Messages, i18n.Status{ID: id, State: i18n.Missing, Source: src.Messages[id].Other})
		}
	}
	for _, m := range r.Messages {
		if m.State != i18n.Obsolete {
			r.MessageCounts.add(m.State == i18n.Missing || m.State == i18n.Untranslated, m.State == i18n.Stale)
		}
	}
	return r
}

func (c *Counts) add(missing, stale bool) {
	c.Total++
	switch {
	case missing:
		c.Missing++
	case stale:
		c.Translated++
		c.Stale++
	default:
		c.Translated++
	}
}

// Share is the part of Total that is translated, 0 to 1 (1 when there is
// nothing to translate).
func (c Counts) Share() float64 {
	if c.Total == 0 {
		return 1
	}
	return float64(c.Translated) / float64(c.Total)
}

// AddDiffs fills the Diff of every stale page, with one git call per
// source commit (pages translated together share one). When the stale
// pages name more than max source commits it leaves the diffs out rather
// than run that many git processes.
func (r *Report) AddDiffs(h *History, max int) error {
	byCommit := map[string][]int{}
	for i, p := range r.Pages {
		if p.State == i18n.Stale {
			byCommit[p.SourceCommit] = append(byCommit[p.SourceCommit], i)
		}
	}
	if len(byCommit) > max {
		return nil
	}
	keys := make([]string, 0, len(byCommit))
	for k := range byCommit {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, c := range keys {
		var paths []string
		for _, i := range byCommit[c] {
			paths = append(paths, r.Pages[i].srcPath)
		}
		diffs, err := h.Diffs(c, paths)
		if err != nil {
			return err
		}
		for _, i := range byCommit[c] {
			r.Pages[i].Diff = diffs[r.Pages[i].srcPath]
		}
	}
	return nil
}
