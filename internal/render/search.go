package render

import (
	"strings"

	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
)

// SearchIndexes collects the search index of every locale: pages are
// added as they are rendered, and the orchestrator writes the indexes when
// the pages are done.
type SearchIndexes map[string]*search.Index

// NewSearchIndexes makes an empty index for each locale.
func NewSearchIndexes(locales []string) SearchIndexes {
	s := SearchIndexes{}
	for _, l := range locales {
		s[l] = search.New(l)
	}
	return s
}

// add indexes a rendered page in its own locale's index. Only pages
// written in a locale reach here (site.Site has no page for a missing
// translation), so a German index never holds English text.
// indexed, if set, hears what was added.
func (s SearchIndexes) add(p *site.Page, body []byte, indexed func(search.Record)) {
	if ix := s[p.Locale]; ix != nil {
		r := search.Extract(ix.Locale(), search.Page{Path: strings.TrimPrefix(p.OutPath(), p.Locale+"/"), Title: p.Meta.Title, Body: body})
		ix.AddRecord(r)
		if indexed != nil {
			indexed(r)
		}
	}
}

// AddRecord adds to the index of locale what a page added before (see
// Target.Indexed), without rendering it again.
func (s SearchIndexes) AddRecord(locale string, r search.Record) {
	if ix := s[locale]; ix != nil {
		ix.AddRecord(r)
	}
}

// Remove takes a page that is gone out of its locale's index.
func (s SearchIndexes) Remove(p *site.Page) {
	if ix := s[p.Locale]; ix != nil {
		ix.Remove(strings.TrimPrefix(p.OutPath(), p.Locale+"/"))
	}
}

// MeasureGzip has each index measure what its files take gzipped (see
// search.Index.MeasureGzip).
func (s SearchIndexes) MeasureGzip() {
	for _, ix := range s {
		ix.MeasureGzip()
	}
}

// Write writes the index of each of locales and returns what each holds.
func (s SearchIndexes) Write(locales []string, out Sink) ([]search.Stats, int, error) {
	var stats []search.Stats
	n := 0
	for _, l := range locales {
		if s[l] == nil {
			continue
		}
		st, err := s[l].Encode(func(f search.File) error {
			if err := out.Write(f.Path, f.Data); err != nil {
				return err
			}
			n++
			return nil
		})
		if err != nil {
			return stats, n, err
		}
		stats = append(stats, st)
	}
	return stats, n, nil
}
