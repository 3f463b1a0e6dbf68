package site

import (
	"strings"

	"github.com/doku-docs/doku/internal/locale"
)

// indexChildren records, for every en-US page, the en-US pages one level
// below it, in slug order (Pages is sorted), for the area sidebars and the
// site's navigation. The pages at the top are the children of "", the
// slug of a locale folder's own index.md.
func (s *Site) indexChildren() {
	s.children = map[string][]*Page{}
	for _, p := range s.Pages {
		if p.Locale == locale.Source && p.Slug != "" { // "" is the top, no one's child
			parent := strings.ToLower(parentSlug(p.Slug))
			s.children[parent] = append(s.children[parent], p)
		}
	}
}

// Children returns the en-US pages one level below slug (ignoring case),
// whether or not a page exists at slug itself.
func (s *Site) Children(slug string) []*Page { return s.children[strings.ToLower(slug)] }
