package pipeline

import (
	"path"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/render"
	"github.com/doku-docs/doku/internal/site"
)

// View is one published state of a Session's output, read by any number
// of requests at once: the files of the site's parts (home pages, root,
// shared and hosting files, the search indexes and status pages once
// made) and a model its pages are rendered from when asked for. A page is
// rendered the first time it is asked for and kept in a cache shared with
// the views published after it, bounded in bytes. A View is never
// changed; a Session publishes a new one.
type View struct {
	in       *load.Model
	sidebars *render.SidebarCache
	parts    Files
	cache    *pageCache
	gen      uint64
	// pending names the prefixes of the parts a full pass over the pages
	// has not made yet ("de/search/").
	pending []string

	byOut     map[string]*site.Page
	byOutOnce sync.Once
}

// page returns the page whose output path is out.
func (v *View) page(out string) *site.Page {
	v.byOutOnce.Do(func() {
		v.byOut = make(map[string]*site.Page, len(v.in.Site.Pages))
		for _, p := range v.in.Site.Pages {
			v.byOut[p.OutPath()] = p
		}
	})
	return v.byOut[out]
}

// owner is the page that writes the file name: the page itself, or the
// page of the folder a live sample or example frame is written to.
func (v *View) owner(name string) *site.Page {
	if path.Base(name) == "index.html" {
		return v.page(name)
	}
	return v.page(path.Join(path.Dir(name), "index.html"))
}

// Has reports whether the file name exists, without rendering: a part's
// file, or a page.
func (v *View) Has(name string) bool {
	if _, ok := v.parts[name]; ok {
		return true
	}
	return path.Base(name) == "index.html" && v.page(name) != nil
}

// File returns the file name of the output, rendering its page if no
// cache keeps it. The error is for a page that could not be rendered
// (its file could not be read).
func (v *View) File(name string) ([]byte, bool, error) {
	if data, ok := v.parts[name]; ok {
		return data, true, nil
	}
	p := v.owner(name)
	if p == nil {
		return nil, false, nil
	}
	out, err := v.render(p)
	if err != nil {
		return nil, false, err
	}
	data, ok := out.files[name]
	return data, ok, nil
}

// render returns the rendering of page p, from the cache or made now.
func (v *View) render(p *site.Page) (*pageOut, error) {
	key := p.OutPath()
	if out := v.cache.get(key); out != nil {
		return out, nil
	}
	out, err := renderOne(v.in, v.sidebars, p, false)
	if err != nil {
		return nil, err
	}
	v.cache.put(key, v.gen, out)
	return out, nil
}

// Building reports whether name is a file of a part the full pass over
// the pages has yet to make (a search index, a status page): asked for
// too early, not missing.
func (v *View) Building(name string) bool {
	for _, p := range v.pending {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// All renders every file of the view, for tests and tools that want the
// whole site at once; a server asks for files one by one (File).
func (v *View) All() (Files, error) {
	all := Files{}
	for name, data := range v.parts {
		all[name] = data
	}
	for _, p := range v.in.Site.Pages {
		out, err := v.render(p)
		if err != nil {
			return nil, err
		}
		for name, data := range out.files {
			all[name] = data
		}
	}
	return all, nil
}
