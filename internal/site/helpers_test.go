package site

import (
	"strings"

	"github.com/doku-docs/doku/internal/content"
)

// page makes a content page as Load would: stored in its locale's folder
// under FolderFor(slug), with the given front matter.
func page(locale string, fm content.FrontMatter) *content.Page {
	p := strings.ToLower(locale) + "/" + content.FolderFor(fm.Slug) + "/index.md"
	return &content.Page{Locale: locale, Path: p, File: "content/" + p, Meta: fm, Body: []byte("Text\n"), BodyLine: 4}
}

// fm is front matter with a title, a slug and a page type.
func fm(title, slug, pageType string) content.FrontMatter {
	return content.FrontMatter{Title: title, Slug: slug, PageType: pageType}
}
