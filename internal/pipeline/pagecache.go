package pipeline

import (
	"container/list"
	"sync"

	"github.com/doku-docs/doku/internal/i18n"
)

// DefaultCacheBytes bounds the pages a View keeps rendered: a few
// thousand of MDN's pages.
const DefaultCacheBytes = 256 << 20

// pageCache keeps pages rendered on request, by the page's output path,
// evicting the least recently used beyond a number of bytes. It is shared
// by the views a Session publishes one after the other: publishing drops
// what the new view renders differently (advance), and a page rendered
// from an older view is not kept (its gen is no longer the cache's). Safe
// for concurrent use.
type pageCache struct {
	mu    sync.Mutex
	max   int
	used  int
	gen   uint64
	lru   *list.List // of *cached, most recent first
	pages map[string]*list.Element
}

type cached struct {
	key string
	out *pageOut
}

func newPageCache(max int) *pageCache {
	if max <= 0 {
		max = DefaultCacheBytes
	}
	return &pageCache{max: max, lru: list.New(), pages: map[string]*list.Element{}}
}

// get returns the page at key, if kept.
func (c *pageCache) get(key string) *pageOut {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.pages[key]
	if e == nil {
		return nil
	}
	c.lru.MoveToFront(e)
	return e.Value.(*cached).out
}

// put keeps the page at key, rendered from the view of generation gen,
// unless a newer view has been published since.
func (c *pageCache) put(key string, gen uint64, out *pageOut) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	c.remove(key)
	c.pages[key] = c.lru.PushFront(&cached{key, out})
	c.used += out.bytes
	for c.used > c.max && c.lru.Len() > 1 {
		c.remove(c.lru.Back().Value.(*cached).key)
	}
}

func (c *pageCache) remove(key string) {
	if e := c.pages[key]; e != nil {
		c.used -= e.Value.(*cached).out.bytes
		c.lru.Remove(e)
		delete(c.pages, key)
	}
}

// stale is what changed between two published views: every page (all),
// the pages at keys, and the pages that looked up a message msg accepts.
type stale struct {
	all  bool
	keys map[string]bool
	msgs []func(i18n.Lookup) bool
}

func (s *stale) key(k string) {
	if s.keys == nil {
		s.keys = map[string]bool{}
	}
	s.keys[k] = true
}

// advance starts a new generation without the pages st names and returns
// its number.
func (c *pageCache) advance(st *stale) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if st.all {
		c.lru.Init()
		clear(c.pages)
		c.used = 0
		return c.gen
	}
	for k := range st.keys {
		c.remove(k)
	}
	if len(st.msgs) == 0 {
		return c.gen
	}
	for k, e := range c.pages {
		for u := range e.Value.(*cached).out.lookups {
			if anyOf(st.msgs, u) {
				c.remove(k)
				break
			}
		}
	}
	return c.gen
}

func anyOf(fs []func(i18n.Lookup) bool, u i18n.Lookup) bool {
	for _, f := range fs {
		if f(u) {
			return true
		}
	}
	return false
}
