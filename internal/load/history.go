package load

import (
	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/site"
)

// startHistory reads the git history of the content's English folder in
// the background, while the pages load; the function it returns waits for
// it and resolves the source commits the pages name.
func startHistory(contentDir string) func(*site.Site) *pagestate.History {
	ch := make(chan *pagestate.History, 1)
	go func() { ch <- pagestate.Read(contentDir, pagestate.SourceFolder()) }()
	return func(s *site.Site) *pagestate.History {
		h := <-ch
		h.Resolve(pagestate.SourceCommits(s))
		return h
	}
}
