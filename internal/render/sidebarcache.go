package render

import (
	"sync"

	"github.com/doku-docs/doku/internal/load"
)

// SidebarCache keeps the entries of each sidebar file as built for one
// locale, so that the thousands of pages sharing a sidebar build it once:
// building it walks the page index and sorts every listed folder, which
// cost a tenth of a build of MDN's tree when each page did it again. It is
// safe for concurrent use; a nil cache builds every time.
type SidebarCache struct {
	mu sync.Mutex
	m  map[sidebarKey]*sidebarEntry
}

type sidebarKey struct {
	in     *load.Model
	sb     *load.Sidebar
	locale string
}

type sidebarEntry struct {
	once  sync.Once
	nodes []sidebarNode
}

// NewSidebarCache returns an empty cache.
func NewSidebarCache() *SidebarCache { return &SidebarCache{m: map[sidebarKey]*sidebarEntry{}} }

// nodes returns the entries of sb in locale for the model in, made by
// build the first time. The nodes returned are shared: callers copy them
// (forPage) before changing any.
func (c *SidebarCache) nodes(in *load.Model, sb *load.Sidebar, locale string, build func() []sidebarNode) []sidebarNode {
	if c == nil {
		return build()
	}
	k := sidebarKey{in, sb, locale}
	c.mu.Lock()
	e := c.m[k]
	if e == nil {
		e = &sidebarEntry{}
		c.m[k] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.nodes = build() })
	return e.nodes
}
