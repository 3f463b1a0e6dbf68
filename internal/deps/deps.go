// Package deps records what the rendering of one page reads besides its
// own file: other pages (their titles, their existence, the links that
// lead to them), catalog messages, browser-compat features, data files.
// The render cache (internal/cache) keeps each page's reads with what
// each answered, and renders a page again only when one of them answers
// differently.
//
// A read is a question, not its answer: Kind says what was asked of
// which part of the model, Key of what. internal/cache asks each question
// again of the new model; recording the question rather than the answer
// keeps recording cheap and leaves the answer to one place.
package deps

import (
	"maps"
	"slices"
	"sync"

	"github.com/doku-docs/doku/internal/i18n"
)

// The kinds of read. Each names the method of the model whose answer the
// page depends on; internal/cache asks it again.
const (
	Page         = "page"         // site.Site.Page: Key is "locale\x00slug", slug lower-cased
	Children     = "children"     // site.Site.ChildrenIn: Key is "locale\x00slug", slug lower-cased
	Redirect     = "redirect"     // the redirect of a URL (site.Site.Resolve): Key is the lower-cased URL
	Nav          = "nav"          // site.Site.Nav: Key is the locale
	SidebarFor   = "sidebar-for"  // site.Site.SidebarFor: Key is the lower-cased slug
	PathURLs     = "path-urls"    // site.Site.PathURLs
	Message      = "message"      // a catalog message: Key is "locale\x00id"
	Compat       = "compat"       // a browser-compat feature and those below it: Key is its key
	CompatAll    = "compat-all"   // the whole browser-compat data (its list of keys, its browsers)
	Data         = "data"         // a file of the data folder: Key is its name (refdata)
	SpecTitles   = "spec-titles"  // the names of the specifications (compat.SpecTitles)
	History      = "history"      // the translation state of a page: Key is "english path\x00source commit"
	SidebarFile  = "sidebar-file" // a sidebar file (load.Model.Sidebars or Nav): Key is its lower-cased name, "" for the tree's own
	APIData      = "api"          // MDN's API data (jsondata)
	SelfSource   = "self"         // a page's file: its own, or another whose text it shows (a summary); Key is "locale\x00slug", slug lower-cased
	SidebarGroup = "group"        // not asked again: see Reads.Include
)

// Read is one question a page asked of the model.
type Read struct{ Kind, Key string }

// Reads collects the reads of one page, or of one part shared by many
// pages (a sidebar built once per locale: see Include). It is safe for
// concurrent use; a nil *Reads records nothing.
type Reads struct {
	mu    sync.Mutex
	reads map[Read]struct{}
	// Lookups records the catalog messages looked up (i18n.Localizer's
	// Recording); one page renders on one goroutine, so it is not locked.
	Lookups map[i18n.Lookup]bool
	// groups are the shared parts the page showed.
	groups []*Reads
}

// New returns an empty record.
func New() *Reads { return &Reads{reads: map[Read]struct{}{}, Lookups: map[i18n.Lookup]bool{}} }

// Add records a read.
func (r *Reads) Add(kind, key string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.reads[Read{kind, key}] = struct{}{}
	r.mu.Unlock()
}

// Include records that the page shows g, a part built once and shared
// by many pages (which read what g read). The cache keeps g's reads once,
// not once per page.
func (r *Reads) Include(g *Reads) {
	if r == nil || g == nil || r == g {
		return
	}
	r.mu.Lock()
	if !slices.Contains(r.groups, g) {
		r.groups = append(r.groups, g)
	}
	r.mu.Unlock()
}

// All returns the reads recorded, the messages looked up among them,
// sorted; and the groups included.
func (r *Reads) All() ([]Read, []*Reads) {
	r.mu.Lock()
	defer r.mu.Unlock()
	all := slices.Collect(maps.Keys(r.reads))
	for u := range r.Lookups {
		all = append(all, Read{Message, u.Locale + "\x00" + u.ID})
	}
	slices.SortFunc(all, func(a, b Read) int {
		if a.Kind != b.Kind {
			if a.Kind < b.Kind {
				return -1
			}
			return 1
		}
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	return slices.Compact(all), slices.Clone(r.groups)
}
