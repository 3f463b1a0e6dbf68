// Package cache is doku build's render cache: it keeps, per page, what
// rendering the page read (internal/deps) with what each read answered,
// the files it wrote (by SHA-256, not their bytes: the previous output
// has them, and internal/output links them into the new one), its search
// index record and its problems. A rebuild asks each read again of the
// new model; a page whose file and reads answer as before is not
// rendered again, its files are linked, its record indexed and its
// problems reported as when it was rendered.
//
// The cache is a folder beside the output (Dir: ".site.cache" for
// "site"), read and written under the output's lock, so builds into one
// output never write it at once. Its one file is replaced by a rename,
// and carries a SHA-256 of itself: a damaged, partial or foreign cache is
// ignored with a warning and replaced, never trusted.
package cache

import (
	"crypto/sha256"
	"strconv"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/search"
	"github.com/doku-docs/doku/internal/site"
)

// Entry is what the cache keeps of one page.
type Entry struct {
	// Source is the SHA-256 of the page's file.
	Source [32]byte
	// Reads and Groups number what the page read (see stored).
	Reads, Groups []uint32
	Files         []File
	Diags         []diag.Diagnostic
	// Search is what the page added to its locale's index, encoded
	// (see record.go), nil for none; SearchSum its SHA-256.
	Search    []byte
	SearchSum [32]byte
}

// Record is what the page added to its locale's search index; false if
// it added nothing, or if its record cannot be read.
func (e *Entry) Record() (search.Record, bool) {
	if e == nil || e.Search == nil {
		return search.Record{}, false
	}
	r, err := decodeRecord(e.Search)
	return r, err == nil
}

// File is one file a page wrote.
type File struct {
	Rel  string
	Sum  [32]byte
	Size int64
}

// stored is the cache's file: reads are numbered, each kept once with
// its answer; groups are the reads of a part many pages share (a sidebar
// built once), each kept once.
type stored struct {
	Global  [32]byte
	Reads   []deps.Read
	Answers []answer
	Groups  [][]uint32
	Pages   map[string]*Entry // by output path
	// Indexes are the search indexes by locale.
	Indexes map[string]*Index
}

// Cache is the render cache of one build.
type Cache struct {
	dir  string
	ans  *answers
	prev *stored
	// stale marks the reads of prev that answer differently now, and the
	// groups holding one.
	stale, staleGroup []bool

	mu   sync.Mutex
	next *stored
	ids  map[deps.Read]uint32
	// groupIDs numbers the groups of next by their reads; groupOf the
	// groups of this build's renders.
	groupIDs map[string]uint32
	groupOf  map[*deps.Reads]uint32
	dirty    bool
}

// Dir is where the cache of the output folder out is kept: beside it.
func Dir(out string) string {
	out = strings.TrimRight(out, "/")
	i := strings.LastIndexByte(out, '/')
	return out[:i+1] + "." + out[i+1:] + ".cache"
}

// Open reads the cache in dir for a build of the model m with the inputs
// in, and asks every read it holds again of m. A cache that cannot be
// used is reported to dc as a warning and left out; one made for other
// inputs (another doku, theme or configuration) is left out silently.
func Open(dir string, m *load.Model, in Inputs, dc *diag.Collector) *Cache {
	c := &Cache{dir: dir, ans: newAnswers(m), ids: map[deps.Read]uint32{}, groupIDs: map[string]uint32{}, groupOf: map[*deps.Reads]uint32{}}
	c.next = &stored{Global: global(m, in), Pages: map[string]*Entry{}}
	prev, err := read(dir)
	if err != nil {
		dc.Warnf(diag.Pos{File: dir}, diag.Cache, "it is rebuilt by this build; doku build -no-cache builds without it",
			"render cache not used: %v", err)
	}
	if prev == nil || prev.Global != c.next.Global {
		prev = &stored{Pages: map[string]*Entry{}}
	}
	c.prev = prev
	c.check()
	return c
}

// check marks the reads of prev whose answer changed.
func (c *Cache) check() {
	c.stale = make([]bool, len(c.prev.Reads))
	each(len(c.prev.Reads), func(i int) {
		c.stale[i] = i >= len(c.prev.Answers) || c.ans.of(c.prev.Reads[i]) != c.prev.Answers[i]
	})
	c.staleGroup = make([]bool, len(c.prev.Groups))
	for g, ids := range c.prev.Groups {
		c.staleGroup[g] = c.anyStale(ids)
	}
}

func (c *Cache) anyStale(ids []uint32) bool {
	for _, id := range ids {
		if int(id) >= len(c.stale) || c.stale[id] {
			return true
		}
	}
	return false
}

// Hit returns the entry of page p if nothing p read changed since it was
// rendered; nil if p must be rendered.
func (c *Cache) Hit(p *site.Page) *Entry {
	e := c.prev.Pages[p.OutPath()]
	if e == nil || e.Source != p.Src.Sum || c.anyStale(e.Reads) {
		return nil
	}
	for _, g := range e.Groups {
		if int(g) >= len(c.staleGroup) || c.staleGroup[g] {
			return nil
		}
	}
	return e
}

// Keep keeps the entry e of a page not rendered again, at out.
func (c *Cache) Keep(out string, e *Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := *e
	k.Reads = c.remap(e.Reads)
	k.Groups = make([]uint32, len(e.Groups))
	for i, g := range e.Groups {
		k.Groups[i] = c.group(c.remap(c.prev.Groups[g]))
	}
	c.next.Pages[out] = &k
}

// remap numbers the reads ids of prev as next does. The caller holds mu.
func (c *Cache) remap(ids []uint32) []uint32 {
	out := make([]uint32, len(ids))
	for i, id := range ids {
		out[i] = c.intern(c.prev.Reads[id], c.prev.Answers[id])
	}
	return out
}

// intern is the number of read r, answering a, in next. The caller
// holds mu.
func (c *Cache) intern(r deps.Read, a answer) uint32 {
	id, ok := c.ids[r]
	if !ok {
		id = uint32(len(c.next.Reads))
		c.ids[r] = id
		c.next.Reads = append(c.next.Reads, r)
		c.next.Answers = append(c.next.Answers, a)
	}
	return id
}

// group is the number of the group of the reads ids in next. The caller
// holds mu.
func (c *Cache) group(ids []uint32) uint32 {
	var k strings.Builder
	for _, id := range ids {
		k.WriteString(strconv.FormatUint(uint64(id), 36) + ",")
	}
	g, ok := c.groupIDs[k.String()]
	if !ok {
		g = uint32(len(c.next.Groups))
		c.groupIDs[k.String()] = g
		c.next.Groups = append(c.next.Groups, ids)
	}
	return g
}

// Put keeps what rendering page p gave: what it read (r), wrote, found
// and indexed.
func (c *Cache) Put(p *site.Page, r *deps.Reads, files []File, diags []diag.Diagnostic, rec *search.Record) {
	reads, groups := r.All()
	answers := make([]answer, len(reads))
	for i, rd := range reads {
		answers[i] = c.ans.of(rd)
	}
	e := &Entry{Source: p.Src.Sum, Files: files, Diags: diags, Reads: make([]uint32, len(reads))}
	if rec != nil {
		e.Search = encodeRecord(rec)
		e.SearchSum = sha256.Sum256(e.Search)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dirty = true
	for i, rd := range reads {
		e.Reads[i] = c.intern(rd, answers[i])
	}
	for _, g := range groups {
		id, ok := c.groupOf[g]
		if !ok {
			gr, _ := g.All()
			ids := make([]uint32, len(gr))
			for i, rd := range gr {
				ids[i] = c.intern(rd, c.ans.of(rd))
			}
			id = c.group(ids)
			c.groupOf[g] = id
		}
		e.Groups = append(e.Groups, id)
	}
	c.next.Pages[p.OutPath()] = e
}

// Save writes the cache for the next build, unless it would hold what it
// holds already.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty && len(c.next.Pages) == len(c.prev.Pages) && c.prev.Global == c.next.Global {
		return nil
	}
	return write(c.dir, c.next)
}
