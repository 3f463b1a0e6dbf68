package cache

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/site"
)

// answer is a digest of what a read answers in one model.
type answer [16]byte

// answers asks reads of the model m, each distinct read once; it is
// safe for concurrent use.
type answers struct {
	m     *load.Model
	mu    sync.Mutex
	memo  map[deps.Read]answer
	facts sync.Map // *site.Page → []byte
	files sync.Map // data file name → answer
}

func newAnswers(m *load.Model) *answers {
	return &answers{m: m.Origin(), memo: map[deps.Read]answer{}}
}

// of returns what r answers now.
func (a *answers) of(r deps.Read) answer {
	a.mu.Lock()
	v, ok := a.memo[r]
	a.mu.Unlock()
	if ok {
		return v
	}
	h := sha256.New()
	a.write(h, r)
	var sum [32]byte
	copy(v[:], h.Sum(sum[:0]))
	a.mu.Lock()
	a.memo[r] = v
	a.mu.Unlock()
	return v
}

type writer interface{ Write([]byte) (int, error) }

// write writes what r answers to h. A kind it does not know (from a cache
// made by another version) answers with its own name only, which no
// recorded answer equals.
func (a *answers) write(h writer, r deps.Read) {
	m := a.m
	fmt.Fprintf(h, "%s\x00%s\x00", r.Kind, r.Key)
	loc, key, _ := strings.Cut(r.Key, "\x00")
	switch r.Kind {
	case deps.Page:
		h.Write(a.page(m.Site.Page(loc, key)))
	case deps.SelfSource:
		p := m.Site.Page(loc, key)
		h.Write(a.page(p))
		if p != nil {
			h.Write(p.Src.Sum[:])
			fmt.Fprintf(h, "%s\x00%s\x00%d", p.Src.Path, p.Src.File, p.Src.BodyLine)
			if p.Original != nil {
				h.Write(a.page(p.Original))
			}
		}
	case deps.Children:
		for _, c := range m.Site.ChildrenIn(loc, key) {
			h.Write(a.page(c))
		}
	case deps.Redirect:
		to, ok := m.Site.Redirect(r.Key)
		fmt.Fprintf(h, "%t %s", ok, to)
	case deps.Nav:
		a.nav(h, m.Site.Nav(r.Key))
	case deps.SidebarFor:
		if sb := m.Site.SidebarFor(&site.Page{Locale: loc, Slug: key}); sb != nil {
			h.Write(a.page(sb.Root))
			for _, g := range sb.Groups {
				fmt.Fprintf(h, "\x00%s", g.PageType)
				for _, p := range g.Pages {
					h.Write(a.page(p))
				}
			}
		}
	case deps.PathURLs:
		fmt.Fprint(h, m.Site.PathURLs())
	case deps.Message:
		sum := m.Catalogs.Fingerprint(loc, key)
		h.Write(sum[:])
	case deps.Compat:
		if m.BCD != nil {
			sum := m.BCD.Fingerprint(r.Key)
			h.Write(sum[:])
		}
	case deps.Data:
		v := a.dataFile(r.Key)
		h.Write(v[:])
	case deps.SpecTitles:
		sum := m.SpecTitles.Fingerprint()
		h.Write(sum[:])
	case deps.History:
		if m.History == nil {
			fmt.Fprint(h, "no history")
		} else {
			state, behind := m.History.PageState(loc, key)
			fmt.Fprintf(h, "%v %+v", state, behind)
		}
	case deps.SidebarFile:
		sb := m.Nav
		if r.Key != "" {
			sb = m.Sidebars[r.Key]
		}
		b, err := json.Marshal(sb)
		if err != nil {
			fmt.Fprint(h, err) // never equal to a file's text: renders again
		}
		h.Write(b)
	}
}

// page is what a page shows of another: where it is and its front
// matter (title, page type, keys); not its text.
func (a *answers) page(p *site.Page) []byte {
	if p == nil {
		return []byte("\x00none")
	}
	if v, ok := a.facts.Load(p); ok {
		return v.([]byte)
	}
	f := struct {
		Locale, Slug, Path, Out string
		Meta                    any
		Original                string
	}{Locale: p.Locale, Slug: p.Slug, Path: p.Src.Path, Out: p.OutPath(), Meta: p.Meta}
	if p.Original != nil {
		f.Original = p.Original.Src.Path
	}
	b, err := json.Marshal(f)
	if err != nil {
		b = []byte(err.Error())
	}
	b = append(b, 0)
	a.facts.Store(p, b)
	return b
}

func (a *answers) nav(h writer, ns []*site.NavNode) {
	for _, n := range ns {
		fmt.Fprintf(h, "\x00%s\x00", n.Name)
		h.Write(a.page(n.Page))
		fmt.Fprint(h, "(")
		a.nav(h, n.Children)
		fmt.Fprint(h, ")")
	}
}

// dataFile is a digest of the data folder's file name.
func (a *answers) dataFile(name string) answer {
	if v, ok := a.files.Load(name); ok {
		return v.(answer)
	}
	var v answer
	if a.m.Data != nil && a.m.Data.Dir != "" {
		b, err := os.ReadFile(filepath.Join(a.m.Data.Dir, name))
		if err != nil {
			b = []byte("\x00" + err.Error())
		}
		sum := sha256.Sum256(b)
		copy(v[:], sum[:])
	}
	a.files.Store(name, v)
	return v
}
