package render

import (
	"path"
	"strings"
	"sync"

	"github.com/doku-docs/doku/internal/site"
)

// treeHTML writes a sidebar built from a sidebar file, the entries nodes
// (shared by every page showing it, not changed here), as page p shows
// it: each link relative to p, the first link to p marked current and
// every fold around it open (see sidebarData for why not by template).
// The HTML is the writer's b, until the writer goes back to treeWriters.
func treeHTML(nodes []sidebarNode, p *site.Page) *treeWriter {
	w := treeWriters.Get().(*treeWriter)
	w.b, w.from = w.b[:0], splitDir(p.OutPath())
	w.current = currentPath(nodes, p.Slug, w.current[:0])
	w.tree(nodes, 0, true)
	return w
}

// treeWriters keep their buffers from page to page: a tree of MDN's runs
// to 200 KB, which grown from nothing on every page was allocated twice
// over. A page's sidebar holds its writer until the page is written.
var treeWriters = sync.Pool{New: func() any { return new(treeWriter) }}

type treeWriter struct {
	b []byte
	// from is the folders of the page's output path.
	from []string
	// current is the index at each level of the path to the current
	// page's entry (nil: the page is not in the sidebar).
	current []int
	url     []byte // scratch for a link before it is escaped
}

// tree writes the list nodes at depth; onPath says the list is on the
// path to the current entry.
func (w *treeWriter) tree(nodes []sidebarNode, depth int, onPath bool) {
	w.b = append(w.b, `<ol class="sidebar-tree">`...)
	for i := range nodes {
		n := &nodes[i]
		// Below the current entry's place at this depth, the entry
		// itself (last on the path) or a fold around it.
		here := onPath && depth < len(w.current) && w.current[depth] == i
		isCurrent := here && depth == len(w.current)-1
		w.b = append(w.b, "\n  <li"...)
		if n.Section {
			w.b = append(w.b, ` class="section"`...)
		}
		w.b = append(w.b, '>')
		if n.Details {
			w.b = append(w.b, "<details"...)
			if n.Open || here {
				w.b = append(w.b, " open"...)
			}
			w.b = append(w.b, "><summary>"...)
		}
		w.label(n, isCurrent)
		if n.Details {
			w.b = append(w.b, "</summary>"...)
		}
		if len(n.Children) > 0 {
			w.tree(n.Children, depth+1, here)
		}
		if n.Details {
			w.b = append(w.b, "</details>"...)
		}
		w.b = append(w.b, "</li>"...)
	}
	w.b = append(w.b, "\n</ol>"...)
}

// label writes an entry's own line: its link, or its title alone.
func (w *treeWriter) label(n *sidebarNode, current bool) {
	w.url = append(w.url[:0], n.Href...)
	if n.target != "" {
		w.url = appendRelURL(w.url[:0], w.from, n.target)
		w.url = append(w.url, n.hash...)
	}
	switch {
	case len(w.url) > 0:
		w.b = append(w.b, `<a href="`...)
		w.b = appendURLAttr(w.b, w.url)
		w.b = append(w.b, '"')
		if current {
			w.b = append(w.b, ` aria-current="page" class="current"`...)
		}
		w.b = append(w.b, '>')
		w.title(n)
		w.b = append(w.b, "</a>"...)
		if n.Marker != "" {
			w.b = append(w.b, ` <span class="fallback-marker">`...)
			w.b = appendHTMLText(w.b, n.Marker)
			w.b = append(w.b, "</span>"...)
		}
	case n.Title != "":
		w.b = append(w.b, "<span>"...)
		w.title(n)
		w.b = append(w.b, "</span>"...)
	}
}

func (w *treeWriter) title(n *sidebarNode) {
	if n.Code {
		w.b = append(w.b, "<code>"...)
	}
	w.b = appendHTMLText(w.b, n.Title)
	if n.Code {
		w.b = append(w.b, "</code>"...)
	}
}

// currentPath is the index at each level of the path to the first entry,
// in document order, that links to the page with slug (not to a place in
// it), appended to at; nil when there is none.
func currentPath(nodes []sidebarNode, slug string, at []int) []int {
	for i := range nodes {
		n := &nodes[i]
		if n.target != "" && n.hash == "" && strings.EqualFold(n.slug, slug) {
			return append(at, i)
		}
		if p := currentPath(n.Children, slug, append(at, i)); p != nil {
			return p
		}
	}
	return nil
}

// splitDir is the folders of the output path rel, as site.RelURL splits
// them; nil for a file at the root.
func splitDir(rel string) []string {
	dir := path.Dir(rel)
	if dir == "." {
		return nil
	}
	return strings.Split(dir, "/")
}

// appendRelURL appends site.RelURL(from, to), from given as the folders
// of its path (splitDir), without the allocations of splitting to.
func appendRelURL(b []byte, from []string, to string) []byte {
	if from == nil {
		return appendDotted(b, to)
	}
	// Skip the folders the two paths share; to's last part, its file,
	// is never skipped.
	i, rest := 0, to
	for i < len(from) {
		j := strings.IndexByte(rest, '/')
		if j < 0 || rest[:j] != from[i] {
			break
		}
		i, rest = i+1, rest[j+1:]
	}
	if i == len(from) {
		return appendDotted(b, rest)
	}
	for range len(from) - i {
		b = append(b, "../"...)
	}
	return append(b, rest...)
}

// appendDotted appends the relative URL u, after "./" where its first
// segment holds a colon, as site.RelURL does.
func appendDotted(b []byte, u string) []byte {
	if site.NeedsDot(u) {
		b = append(b, "./"...)
	}
	return append(b, u...)
}

// relHref is site.RelURL(from, to) built without splitting either path:
// one allocation, none where to lies below from's folder. A sidebar
// links to hundreds of pages.
func relHref(from, to string) string {
	dir := path.Dir(from)
	if dir == "." {
		return site.RelURL(from, to)
	}
	// Skip the folders the two paths share, as splitDir's parts; to's
	// last part, its file, is never skipped.
	n := strings.Count(dir, "/") + 1
	i, rest := 0, to
	for i < n {
		seg := dir
		if k := strings.IndexByte(dir, '/'); k >= 0 {
			seg, dir = dir[:k], dir[k+1:]
		}
		j := strings.IndexByte(rest, '/')
		if j < 0 || rest[:j] != seg {
			break
		}
		i, rest = i+1, rest[j+1:]
	}
	if i == n {
		if site.NeedsDot(rest) {
			return "./" + rest
		}
		return rest
	}
	var b strings.Builder
	b.Grow(3*(n-i) + len(rest))
	for range n - i {
		b.WriteString("../")
	}
	b.WriteString(rest)
	return b.String()
}
