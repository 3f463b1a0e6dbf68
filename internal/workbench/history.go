package workbench

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/doku-docs/doku/internal/i18n/pagestate"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// historyCache keeps the git history of the English pages, and where
// renamed English pages went, until HEAD moves: reading them is one git
// call each, but on a large repository a slow one.
type historyCache struct {
	mu      sync.Mutex
	head    string
	loaded  bool
	history *pagestate.History
	renames map[string]string
	// redirects are the tree's en-us/_redirects.txt (lower-cased slug →
	// slug), kept while the file's time stays.
	redirects    map[string]string
	redirectsMod time.Time
}

// history returns the history of the English pages of the content tree,
// with the source commits the pages of s name resolved.
func (wb *Workbench) historyOf(s *site.Site) *pagestate.History {
	c := &wb.history
	c.mu.Lock()
	defer c.mu.Unlock()
	head := pagestate.Head(wb.opt.Content)
	if !c.loaded || head != c.head {
		c.history = pagestate.Load(wb.opt.Content, pagestate.SourceFolder(), pagestate.SourceCommits(s))
		c.renames, _ = c.history.Renames()
		c.head, c.loaded = head, true
	}
	return c.history
}

// movedTo is the English page a translation whose English original is
// gone was made from, under the slug it has now: found through the
// tree's redirects (en-us/_redirects.txt, as MDN keeps them), else through
// the renames git saw; nil when neither knows.
func (wb *Workbench) movedTo(s *site.Site, p *site.Page) *site.Page {
	if to := wb.redirectOf(p.Slug); to != "" {
		if en := s.Page(locale.Source, to); en != nil {
			return en
		}
	}
	wb.history.mu.Lock()
	renames := wb.history.renames
	wb.history.mu.Unlock()
	old := pagestate.SourceFolder() + strings.TrimPrefix(p.Src.Path, locale.Folder(p.Locale))
	if to, ok := renames[old]; ok {
		slug := strings.TrimSuffix(strings.TrimPrefix(to, pagestate.SourceFolder()+"/"), "/index.md")
		return s.Page(locale.Source, slug)
	}
	return nil
}

// redirectOf follows the tree's redirects from an English slug, "" when
// none leads away from it.
func (wb *Workbench) redirectOf(slug string) string {
	c := &wb.history
	c.mu.Lock()
	defer c.mu.Unlock()
	p := filepath.Join(wb.opt.Content, pagestate.SourceFolder(), "_redirects.txt")
	fi, err := os.Stat(p)
	if err != nil {
		return ""
	}
	if c.redirects == nil || !fi.ModTime().Equal(c.redirectsMod) {
		c.redirects, c.redirectsMod = readRedirects(p), fi.ModTime()
	}
	to, seen := "", map[string]bool{}
	for at := strings.ToLower(slug); c.redirects[at] != "" && !seen[at]; at = strings.ToLower(to) {
		seen[at] = true
		to = c.redirects[at]
	}
	return to
}

// readRedirects reads MDN's _redirects.txt: "FROM<tab>TO" per line, both
// "/en-US/docs/<slug>"; comments start with "#". Redirects to other sites
// or locales are left out.
func readRedirects(p string) map[string]string {
	src, err := os.ReadFile(p)
	if err != nil {
		return map[string]string{}
	}
	prefix := "/" + locale.Source + "/docs/"
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		from, to, ok := strings.Cut(strings.TrimSpace(sc.Text()), "\t")
		if !ok || strings.HasPrefix(from, "#") {
			continue
		}
		f, okf := strings.CutPrefix(strings.TrimSpace(from), prefix)
		t, okt := strings.CutPrefix(strings.TrimSpace(to), prefix)
		if okf && okt {
			t, _, _ = strings.Cut(t, "#")
			out[strings.ToLower(f)] = t
		}
	}
	return out
}
