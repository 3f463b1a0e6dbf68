// Package content reads a tree of pages: MDN's format, and plain Markdown
// files.
//
// A tree holds one folder per locale (its tag: en-us or en-US, de,
// pt-br). In MDN's format every page is a folder named after the page's
// slug in lower case, holding index.md: YAML front matter between two
// '---' lines (title, slug, ...), then Markdown. A page may also be any
// other name.md (IsPageFile), and its front matter may be empty or left
// out: its slug is then its path (PathSlug: howto/install.md and
// howto/install/index.md are "howto/install") and its title its first
// level-1 heading (HeadingTitle). Other files beside a page (images, say)
// are the page's assets. The folder "data" at the top holds locale-free
// data files and is not a locale.
//
// Loading never stops at the first bad page: each problem is reported to a
// diag.Collector with its position, and the pages that could be read are
// returned.
package content

import (
	"cmp"
	"fmt"
	"io/fs"

	"github.com/doku-docs/doku/internal/diag"
)

// Page is one index.md as read from disk, before it is indexed. Metadata a
// translation inherits from its English original is filled in later, by
// the site index; Page holds only what its own file says.
type Page struct {
	// Locale is the canonical tag ("en-US", "de").
	Locale string
	// Path is the file's path in the content fs ("en-us/web/api/x/index.md").
	Path string
	// File is the path shown in diagnostics ("content/en-us/web/api/x/index.md").
	File string
	Meta FrontMatter
	// Body is the Markdown after the front matter.
	Body []byte
	// SlugPos is where the front matter writes the slug, for problems
	// with it found later (two pages with one slug).
	SlugPos diag.Pos
	// BodyLine is the 1-based line of the file on which Body starts, so
	// positions inside Body can be reported as positions in the file.
	BodyLine int
	// SlugFromPath says the front matter names no slug: Meta.Slug is the
	// page's path (PathSlug), below Options.PathSlugPrefix if set.
	SlugFromPath bool
	// Sum is the SHA-256 of the file as read: the render cache renders a
	// page again when it changes.
	Sum [32]byte
	// lazy says Load left Body out (Options.Lazy): the body is the last
	// bodyLen bytes of the file, fileLen bytes long, read again by ReadBody.
	lazy             bool
	fileLen, bodyLen int
	// bodyFrom is the file the body is read from when it is not Path:
	// the page is a copy of that file's page (see Copy).
	bodyFrom string
}

// Copy is a copy of p for another locale, at path, holding p's body.
func (p *Page) Copy(locale, path string) *Page {
	c := *p
	c.Locale, c.Path, c.bodyFrom = locale, path, cmp.Or(p.bodyFrom, p.Path)
	return &c
}

// ReadBody is the page's Markdown body: Body, or, where Load left it out
// (Options.Lazy), the end of the page's file read again from fsys. A file
// whose length changed since Load is an error: its front matter and body
// would no longer belong together.
func (p *Page) ReadBody(fsys fs.FS) ([]byte, error) {
	if !p.lazy {
		return p.Body, nil
	}
	src, err := fs.ReadFile(fsys, cmp.Or(p.bodyFrom, p.Path))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", p.File, err)
	}
	if len(src) != p.fileLen {
		return nil, fmt.Errorf("%s: the file changed during the build; build again", p.File)
	}
	return src[p.fileLen-p.bodyLen:], nil
}

// leaveOut drops the body of page p, read from src, when it is the end
// of src as it is, so that ReadBody can read it again.
func (p *Page) leaveOut(src []byte) {
	n := len(p.Body)
	if n == 0 || n > len(src) || &src[len(src)-n] != &p.Body[0] {
		return
	}
	p.lazy, p.fileLen, p.bodyLen, p.Body = true, len(src), n, nil
}

// Asset is a file stored beside a page (an image, say), copied as is.
type Asset struct {
	Locale string
	// Path is the file's path in the content fs.
	Path string
	// Dir is the path, in the content fs, of the folder of the page it
	// belongs to; its URL is the page's URL plus the file name.
	Dir string
}
