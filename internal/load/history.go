package load

import (
	"github.com/doku-docs/doku/internal/l10n"
	"github.com/doku-docs/doku/internal/site"
)

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
