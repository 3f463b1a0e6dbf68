package build

import (
	"strings"

	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
)

// searchIndexes collects the search index of every locale during render.
type searchIndexes map[string]*search.Index

func newSearchIndexes(locales []string) searchIndexes {
	s := searchIndexes{}
	for _, l := range locales {
		s[l] = search.New(l)
	}
	return s
}

// add indexes a rendered page in its own locale's index. Only pages
// written in a locale reach here (site.Site has no page for a missing
// translation), so a German index never holds English text.
func (s searchIndexes) add(p *site.Page, body []byte) {
	if ix := s[p.Locale]; ix != nil {
		ix.Add(search.Page{Path: strings.TrimPrefix(p.OutPath(), p.Locale+"/"), Title: p.Meta.Title, Body: body})
	}
}

// remove takes a page that is gone out of its locale's index.
func (s searchIndexes) remove(p *site.Page) {
	if ix := s[p.Locale]; ix != nil {
		ix.Remove(strings.TrimPrefix(p.OutPath(), p.Locale+"/"))
	}
}

// write writes every index and returns what each holds.
func (s searchIndexes) write(locales []string, out sink) ([]search.Stats, int, error) {
	var stats []search.Stats
	n := 0
	for _, l := range locales {
		if s[l] == nil {
			continue
		}
		files, st := s[l].Files()
		for _, f := range files {
			if err := out.write(f.Path, f.Data); err != nil {
				return stats, n, err
			}
			n++
		}
		stats = append(stats, st)
	}
	return stats, n, nil
}
