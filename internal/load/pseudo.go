package load

import (
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/locale"
)

// addPseudoPages adds a copy of every en-US page in the pseudo-locale, so
// that the whole site can be read with its catalog strings pseudo-localized.
func addPseudoPages(tree *content.Tree, loc string) {
	for _, p := range tree.Pages {
		if p.Locale == locale.Source {
			tree.Pages = append(tree.Pages, PseudoPage(p, loc))
		}
	}
	tree.Locales = append(tree.Locales, loc)
}

// PseudoPage is the pseudo-locale's copy of the en-US page p. It reports
// problems at p's file; its path puts it in a folder of its own, so it owns
// none of p's assets.
func PseudoPage(p *content.Page, locale string) *content.Page {
	return p.Copy(locale, PseudoPath(p.Path, locale))
}

// PseudoPath is the path of the pseudo-locale's copy of the en-US page at p.
func PseudoPath(p, pseudo string) string {
	_, rest, _ := strings.Cut(p, "/")
	return locale.Folder(pseudo) + "/" + rest
}
