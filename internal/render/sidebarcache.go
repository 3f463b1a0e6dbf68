package render

import (
	"sync"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
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
	// reads and diags are what building the entries read and found,
	// when the pages' reads are recorded (load.Model.Reads): every page
	// showing the sidebar depends on them and reports them, not only the
	// one that happened to build it.
	reads *deps.Reads
	diags []diag.Diagnostic
}

// NewSidebarCache returns an empty cache.
func NewSidebarCache() *SidebarCache { return &SidebarCache{m: map[sidebarKey]*sidebarEntry{}} }

// nodes returns the entries of sb in locale for the model in, made by
// build the first time from a model and a localizer (l, or views
// recording into the entry's own record when in records its reads). The
// nodes returned are shared: callers copy them (forPage) before changing
// any.
func (c *SidebarCache) nodes(in *load.Model, sb *load.Sidebar, locale string, l *i18n.Localizer,
	build func(in *load.Model, l *i18n.Localizer) []sidebarNode) []sidebarNode {
	if c == nil {
		return build(in, l)
	}
	k := sidebarKey{in.Origin(), sb, locale}
	c.mu.Lock()
	e := c.m[k]
	if e == nil {
		e = &sidebarEntry{}
		c.m[k] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		if in.Reads == nil {
			e.nodes = build(in, l)
			return
		}
		e.reads = deps.New()
		var dc diag.Collector
		gin := in.Origin().Recording(e.reads)
		e.nodes = build(gin, gin.L10n[locale].ReportingTo(&dc))
		e.diags = dc.All()
	})
	if in.Reads != nil {
		in.Reads.Include(e.reads)
		for _, d := range e.diags {
			l.Collector().Report(d)
		}
	}
	return e.nodes
}
