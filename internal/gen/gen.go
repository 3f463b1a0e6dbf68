// Package gen writes a synthetic content tree shaped like MDN's, for
// benchmarks: pages in en-US and German with MDN's front matter, sizes,
// sections, raw HTML tables, fenced code, internal links and macro mix, and
// a browser-compat data file with an entry for every browser-compat key.
//
// The tree depends only on Options: the same seed gives the same bytes, on
// any number of cores. The prose is a random walk over word lists, so it
// reads like no real page.
package gen

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"
)

// Version changes whenever the same Options would give other bytes, so a
// cached tree is regenerated.
const Version = 3

// StampFile, at the top of a generated tree, records what made it.
const StampFile = ".doku-gen.json"

// BCDFile is the browser-compat data, relative to the tree.
const BCDFile = "data/browser-compat.json"

// Options say what tree to make.
type Options struct {
	// Pages is the number of en-US pages.
	Pages int `json:"pages"`
	// DeShare is the share of en-US pages translated into German (MDN's
	// German tree is smaller than the English one).
	DeShare float64 `json:"deShare"`
	Seed    uint64  `json:"seed"`
	Version int     `json:"version"`
}

// Default is the MDN-sized tree the benchmarks use.
var Default = Options{Pages: 15_000, DeShare: 0.9, Seed: 1}

// Stats describe a generated tree.
type Stats struct {
	Options     Options        `json:"options"`
	Pages       map[string]int `json:"pages"` // by locale
	Bytes       int64          `json:"bytes"` // of Markdown, front matter included
	Links       int            `json:"links"`
	BrokenLinks int            `json:"brokenLinks"`
	// Macros counts calls by macro name.
	Macros map[string]int `json:"macros"`
}

// MacroCalls is the number of macro calls in the tree.
func (s Stats) MacroCalls() int {
	n := 0
	for _, c := range s.Macros {
		n += c
	}
	return n
}

func (s *Stats) add(o Stats) {
	s.Bytes += o.Bytes
	s.Links += o.Links
	s.BrokenLinks += o.BrokenLinks
	for k, v := range o.Macros {
		s.Macros[k] += v
	}
}

// Current reports whether dir holds a tree generated with opt.
func Current(dir string, opt Options) bool {
	st, err := ReadStamp(dir)
	opt.Version = Version
	return err == nil && st.Options == opt
}

// ReadStamp returns the stats recorded in a generated tree.
func ReadStamp(dir string) (Stats, error) {
	var st Stats
	b, err := os.ReadFile(filepath.Join(dir, StampFile))
	if err != nil {
		return st, err
	}
	return st, json.Unmarshal(b, &st)
}

// Generate writes the tree into dir: dir/en-us/<slug>/index.md,
// dir/de/..., and dir/data/browser-compat.json. dir must not exist, be empty, or hold
// a tree generated before (which is replaced).
func Generate(dir string, opt Options) (Stats, error) {
	if opt.Pages < 1 {
		return Stats{}, errors.New("the tree needs at least one page")
	}
	opt.Version = Version
	if err := clear(dir); err != nil {
		return Stats{}, err
	}
	r := rand.New(rand.NewPCG(opt.Seed, 0))
	c := newCatalog(r, opt.Pages, opt.DeShare)

	type job struct {
		index int
		l     *lang
	}
	var jobs []job
	for i, s := range c.pages {
		jobs = append(jobs, job{i, english})
		if s.de {
			jobs = append(jobs, job{i, german})
		}
	}
	workers := runtime.GOMAXPROCS(0)
	parts := make([]Stats, workers)
	var g errgroup.Group
	for w := range workers {
		parts[w].Macros = map[string]int{}
		g.Go(func() error {
			for j := w; j < len(jobs); j += workers {
				jb := jobs[j]
				stream := uint64(jb.index)*2 + 1
				if jb.l == german {
					stream++
				}
				p := &page{r: rand.New(rand.NewPCG(opt.Seed, stream)), cr: rand.New(rand.NewPCG(opt.Seed, 1<<40+uint64(jb.index))), l: jb.l, c: c, s: &c.pages[jb.index], index: jb.index}
				p.stats.Macros = parts[w].Macros
				p.write()
				parts[w].Bytes += p.stats.Bytes
				parts[w].Links += p.stats.Links
				parts[w].BrokenLinks += p.stats.BrokenLinks
				file := filepath.Join(dir, strings.ToLower(jb.l.locale), filepath.FromSlash(strings.ToLower(p.s.slug)), "index.md")
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					return err
				}
				if err := os.WriteFile(file, p.b.Bytes(), 0o644); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Stats{}, err
	}
	st := Stats{Options: opt, Pages: map[string]int{}, Macros: map[string]int{}}
	for _, p := range parts {
		st.add(p)
	}
	for _, s := range c.pages {
		st.Pages["en-US"]++
		if s.de {
			st.Pages["de"]++
		}
	}
	if err := writeBCD(filepath.Join(dir, filepath.FromSlash(BCDFile)), c, opt.Seed); err != nil {
		return Stats{}, err
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return Stats{}, err
	}
	return st, os.WriteFile(filepath.Join(dir, StampFile), append(b, '\n'), 0o644)
}

// clear empties dir, refusing to touch a folder that is neither empty nor
// a generated tree.
func clear(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, StampFile)); err != nil {
		return fmt.Errorf("%s is not empty and holds no generated tree (%s); choose another folder", dir, StampFile)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// Summary is a one-paragraph description of st for people.
func (s Stats) Summary() string {
	total := 0
	for _, n := range s.Pages {
		total += n
	}
	names := make([]string, 0, len(s.Macros))
	for _, k := range sortedByCount(s.Macros) {
		names = append(names, fmt.Sprintf("%s %d", k, s.Macros[k]))
		if len(names) == 8 {
			break
		}
	}
	return fmt.Sprintf("%d pages (en-US %d, de %d), %.1f MB of Markdown, %.1f KB per page, %.1f macro calls per page (%s, ...), %d links (%d broken)",
		total, s.Pages["en-US"], s.Pages["de"], float64(s.Bytes)/1e6, float64(s.Bytes)/float64(max(total, 1))/1e3,
		float64(s.MacroCalls())/float64(max(total, 1)), strings.Join(names, ", "), s.Links, s.BrokenLinks)
}

func sortedByCount(m map[string]int) []string {
	ks := slices.Collect(maps.Keys(m))
	// Largest count first; names break ties, so the order is stable.
	slices.SortFunc(ks, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b)) })
	return ks
}
