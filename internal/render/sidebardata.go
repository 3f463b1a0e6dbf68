package render

import (
	"html/template"

	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/site"
)

// sidebarData is a page's sidebar as layouts see it. HTML is the
// sidebar written (what doku's theme shows); the fields and Tree give a
// theme of its own the entries to write as it likes.
//
// doku writes the HTML itself rather than through the theme's template:
// MDN's sidebars hold dozens of links, its sidebar files hundreds, some a
// thousand, and html/template's reflection over each of them on every
// page was a quarter of a build of MDN's tree. The markup and escaping
// are the template's, byte for byte (sidebarhtml_test.go).
type sidebarData struct {
	// html is the sidebar written, in w's buffer when w is set (see
	// HTML).
	html   []byte
	w      *treeWriter
	splice *splice
	// Root and Groups are a sidebar of groups of links (an API's, an
	// area's); a sidebar from a sidebar file has neither, see Tree.
	Root   navItem
	Groups []sidebarGroup
	// tree and page are the entries of a sidebar from a sidebar file (or
	// a site's navigation) and the page they are shown on, for Tree.
	tree []sidebarNode
	page *site.Page
}

type sidebarGroup struct {
	Label string
	Items []navItem
}

type navItem struct {
	Title, Href       string
	Current, Fallback bool
}

// HTML is the sidebar as doku's theme shows it.
func (s *sidebarData) HTML() template.HTML { return s.splice.html(spliceSidebar, s.html) }

// free returns the sidebar's buffer for the next page's; s is not used
// after. A nil s has none.
func (s *sidebarData) free() {
	if s != nil && s.w != nil {
		s.w.b = s.html[:0]
		treeWriters.Put(s.w)
		s.w, s.html = nil, nil
	}
}

// treeSidebar is the sidebar of the shared entries nodes as page p
// shows them.
func treeSidebar(nodes []sidebarNode, p *site.Page) *sidebarData {
	w := treeHTML(nodes, p)
	return &sidebarData{html: w.b, w: w, tree: nodes, page: p}
}

// Tree is the entries of a sidebar from a sidebar file as the page shows
// them (links relative to it, the current one marked, the folds around
// it open); nil for a sidebar of groups.
func (s *sidebarData) Tree() []sidebarNode {
	if s.tree == nil {
		return nil
	}
	nodes := forPage(s.tree, s.page)
	markCurrent(nodes, new(bool))
	return nodes
}

// writeGroups sets the HTML of a sidebar of groups once its entries are
// final: the root link, then each group's heading and links; a link to
// an English page is marked with l's marker.
func (s *sidebarData) writeGroups(l *i18n.Localizer) {
	if s.tree != nil {
		return
	}
	s.free()
	s.w = treeWriters.Get().(*treeWriter)
	b := s.w.b[:0]
	b = append(b, `<a class="sidebar-root`...)
	if s.Root.Current {
		b = append(b, " current"...)
	}
	b = append(b, `" href="`...)
	b = appendURLAttr(b, s.Root.Href)
	b = append(b, '"')
	if s.Root.Current {
		b = append(b, ` aria-current="page"`...)
	}
	b = append(b, "><code>"...)
	b = appendHTMLText(b, s.Root.Title)
	b = append(b, "</code></a>"...)
	marker := ""
	for _, g := range s.Groups {
		b = append(b, "\n  <h2>"...)
		b = appendHTMLText(b, g.Label)
		b = append(b, "</h2>\n  <ul>"...)
		for _, it := range g.Items {
			b = append(b, "\n    <li><a href=\""...)
			b = appendURLAttr(b, it.Href)
			b = append(b, '"')
			if it.Current {
				b = append(b, ` aria-current="page" class="current"`...)
			}
			b = append(b, '>')
			b = appendHTMLText(b, it.Title)
			b = append(b, "</a>"...)
			if it.Fallback {
				// Looked up only when shown: doku serve re-renders a
				// page when a message it looked up changes.
				if marker == "" {
					marker = l.T("Link.OnlyInEnglish")
				}
				b = append(b, ` <span class="fallback-marker">`...)
				b = appendHTMLText(b, marker)
				b = append(b, "</span>"...)
			}
			b = append(b, "</li>"...)
		}
		b = append(b, "\n  </ul>"...)
	}
	s.html = b
}
