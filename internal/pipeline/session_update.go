package pipeline

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Update brings the output up to date after the files at paths (as the
// file system watcher names them) changed, appeared or went away.
func (s *Session) Update(paths []string) (*Change, error) {
	if s.in == nil {
		return s.full()
	}
	var pages, dirs []string
	catalogs := map[string]bool{}
	for _, p := range paths {
		switch kind, rel := s.classify(p); kind {
		case changeFull:
			return s.full()
		case changePage:
			pages = append(pages, rel)
		case changePageDir:
			pages = append(pages, s.pagesUnder(rel)...)
			dirs = append(dirs, rel)
		case changeCatalog:
			catalogs[rel] = true
		}
	}
	ch := &Change{}
	if len(pages) > 0 || len(dirs) > 0 {
		if err := s.updatePages(pages, dirs, ch); err != nil {
			return nil, err
		}
	}
	if len(catalogs) > 0 {
		if err := s.updateCatalogs(catalogs, ch); err != nil {
			return nil, err
		}
	}
	return s.finish(ch), nil
}

type changeKind int

const (
	changeNone changeKind = iota
	changeFull
	changePage    // rel is the content path of a page file
	changePageDir // rel is a content folder that appeared or went away
	changeCatalog // rel is the locale of a catalog
)

// classify says what kind of input file p is.
func (s *Session) classify(p string) (changeKind, string) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return changeFull, ""
	}
	if rel, ok := under(s.opt.Content, abs); ok {
		parts := strings.Split(rel, "/")
		switch {
		case ignored(parts):
			return changeNone, ""
		case parts[0] == content.DataDir || len(parts) == 1:
			return changeFull, "" // data, or a locale folder
		case content.IsPageFile(path.Base(rel)):
			return changePage, rel
		}
		fi, err := os.Stat(abs)
		if err == nil && fi.IsDir() || s.hasPagesUnder(rel) {
			return changePageDir, rel
		}
		if errors.Is(err, fs.ErrNotExist) && !s.hasAsset(rel) {
			// A file that came and went before it was looked at: an
			// editor's or a tool's temporary file, written and renamed
			// over a page.
			return changeNone, ""
		}
		return changeFull, "" // an asset
	}
	rel, ok := under(s.opt.Root, abs)
	if !ok || ignored(strings.Split(rel, "/")) {
		return changeNone, ""
	}
	dir, name, _ := strings.Cut(rel, "/")
	switch {
	case rel == load.ConfigFile, dir == "layouts", dir == "static":
		return changeFull, ""
	case dir == "locales" && path.Ext(name) == ".toml" && !strings.Contains(name, "/"):
		locale := strings.TrimSuffix(name, ".toml")
		if slices.Contains(s.in.Site.Locales, locale) {
			return changeCatalog, locale
		}
	case rel == "locales":
		return changeFull, ""
	}
	return changeNone, ""
}

// under returns abs relative to dir, slash-separated, if it lies inside.
func under(dir, abs string) (string, bool) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(d, abs)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// ignored reports paths doku never reads: hidden files and folders, and
// the backup and swap files editors leave.
func ignored(parts []string) bool {
	for _, p := range parts {
		if strings.HasPrefix(p, ".") || strings.HasPrefix(p, "#") {
			return true
		}
	}
	name := parts[len(parts)-1]
	return strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") || name == "4913"
}

func (s *Session) hasPagesUnder(dir string) bool { return len(s.pagesUnder(dir)) > 0 }

// hasAsset reports whether the model knows an asset at the content path p.
func (s *Session) hasAsset(p string) bool {
	return slices.ContainsFunc(s.in.Tree.Assets, func(a content.Asset) bool { return a.Path == p })
}

// pagesUnder lists the page files below dir: those known and those on
// disk now.
func (s *Session) pagesUnder(dir string) []string {
	var ps []string
	for p := range s.byPath {
		if strings.HasPrefix(p, dir+"/") {
			ps = append(ps, p)
		}
	}
	_ = fs.WalkDir(s.in.Content, dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && content.IsPageFile(d.Name()) && !ignored(strings.Split(p, "/")) {
			ps = append(ps, p)
		}
		return nil
	})
	slices.Sort(ps)
	return slices.Compact(ps)
}

// comparePaths orders content paths as a walk of the tree meets them, so
// that the first of two pages with the same slug is the one a full build
// keeps.
func comparePaths(a, b string) int {
	return slices.Compare(strings.Split(a, "/"), strings.Split(b, "/"))
}

// edits is what reloading some page files changed.
type edits struct {
	// pages are the new versions of the files (pseudo-locale copies
	// included); files that went away have none.
	pages []*content.Page
	// bodyOnly: no front matter changed; moved: a page appeared, went
	// away or changed its slug, so assets may belong to another page.
	bodyOnly, moved bool
	// locales and slugs (lower-cased) of the pages before and after.
	locales, slugs map[string]bool
}

// note records that the page op (nil: none) became np (nil: gone).
func (e *edits) note(op, np *content.Page) {
	if op == nil || np == nil || op.Locale != np.Locale || !reflect.DeepEqual(op.Meta, np.Meta) {
		e.bodyOnly = false
	}
	if op == nil || np == nil || op.Locale != np.Locale || op.Meta.Slug != np.Meta.Slug {
		e.moved = true
	}
	for _, q := range []*content.Page{op, np} {
		if q != nil {
			e.locales[q.Locale] = true
			e.slugs[strings.ToLower(q.Meta.Slug)] = true
		}
	}
}

// reloadPages reads the page files at the content paths ps again and puts
// them in place of the old ones in s.pages.
func (s *Session) reloadPages(ps []string) (*edits, error) {
	e := &edits{bodyOnly: true, locales: map[string]bool{}, slugs: map[string]bool{}}
	for _, p := range ps {
		dc := &diag.Collector{}
		var np *content.Page
		if _, err := fs.Stat(s.in.Content, p); err == nil {
			np = content.LoadPage(s.in.Content, p, s.in.ContentOptions(), dc)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		s.pageDiags[p] = dc.All()
		op := s.setPage(p, np)
		e.note(op, np)
		if np != nil {
			e.pages = append(e.pages, np)
		}
		if s.in.Pseudo == "" || (op == nil || op.Locale != locale.Source) && (np == nil || np.Locale != locale.Source) {
			continue
		}
		var nc *content.Page
		if np != nil && np.Locale == locale.Source {
			nc = load.PseudoPage(np, s.in.Pseudo)
			e.pages = append(e.pages, nc)
		}
		e.note(s.setPage(load.PseudoPath(p, s.in.Pseudo), nc), nc)
	}
	return e, nil
}

// updatePages reloads the pages at the content paths ps, and the assets
// below the folders dirs that appeared, went away or moved, and re-renders
// what they affect.
func (s *Session) updatePages(ps, dirs []string, ch *Change) error {
	old := s.in.Site
	e, err := s.reloadPages(ps)
	if err != nil {
		return err
	}
	e.moved = e.moved || len(dirs) > 0
	e.bodyOnly = e.bodyOnly && len(dirs) == 0
	if e.bodyOnly && s.editSources(e.pages) {
		// Nothing the index holds changed: render the pages, no more.
		var pages []*site.Page
		for _, cp := range e.pages {
			pages = append(pages, old.Page(cp.Locale, cp.Meta.Slug))
		}
		s.setModel(s.in) // sidebars and batches are kept by model
		return s.render(pages, ch)
	}
	dc := &diag.Collector{}
	tree := &content.Tree{Pages: s.pages, Assets: assetsAfter(s.in.Content, s.in.Tree.Assets, dirs), Locales: s.in.Tree.Locales, Strict: s.in.Tree.Strict,
		Redirects: s.in.Tree.Redirects}
	s.setModel(s.in.WithTree(tree, dc))
	s.index = dc.All()
	s.dropGone(old, ch)
	parts := affectedParts(s.in.Site, e)
	if !e.bodyOnly {
		s.stale["status"] = true
	}
	// The edited pages render now, for their problems; the others they
	// affect when asked for, and in the pass.
	var now, later []*site.Page
	for _, p := range affectedPages(s.in.Site, e) {
		if slices.Contains(e.pages, p.Src) {
			now = append(now, p)
		} else {
			later = append(later, p)
		}
	}
	s.invalidate(later, ch)
	if err := s.render(now, ch); err != nil {
		return err
	}
	return s.renderParts(named(parts...), ch)
}

// affectedPages lists the pages of the new index ns that edits e
// affects: the edited pages themselves when only their text changed;
// else every page of the locales whose pages changed (every locale for
// en-US, whose titles and keys translations show) and the other versions
// of the changed slugs (their language switchers).
func affectedPages(ns *site.Site, e *edits) []*site.Page {
	var pages []*site.Page
	if e.bodyOnly {
		for _, cp := range e.pages {
			if q := ns.Page(cp.Locale, cp.Meta.Slug); q != nil && q.Src == cp {
				pages = append(pages, q)
			}
		}
		return pages
	}
	if e.locales[locale.Source] {
		for _, l := range ns.Locales {
			e.locales[l] = true
		}
	}
	for _, p := range ns.Pages {
		if e.locales[p.Locale] || e.slugs[strings.ToLower(p.Slug)] {
			pages = append(pages, p)
		}
	}
	return pages
}

// affectedParts names the parts of the site that edits e make stale
// now: the home pages of the locales whose page list changed, and the
// shared and hosting files when a page moved (assets follow their page;
// sitemaps list every page).
func affectedParts(ns *site.Site, e *edits) []string {
	var parts []string
	if !e.bodyOnly {
		for _, l := range ns.Locales {
			if e.locales[l] {
				parts = append(parts, "home "+l)
			}
		}
	}
	if e.moved {
		parts = append(parts, "shared", "hosting")
	}
	return parts
}

// dropGone removes the output of the pages of the old index that the
// new one no longer has at the same place, and their search entries.
func (s *Session) dropGone(old *site.Site, ch *Change) {
	for _, p := range old.Pages {
		if q := s.in.Site.Page(p.Locale, p.Slug); q == nil || q.OutPath() != p.OutPath() {
			key := p.OutPath()
			ch.Removed = append(ch.Removed, key)
			s.changed.key(key)
			delete(s.todo, key)
			delete(s.pageLookups, key)
			delete(s.outDiags, key)
			s.searchIdx.Remove(p)
			s.stale["search "+p.Locale] = true
		}
	}
}

// editSources moves to a model whose pages are rendered from the new
// versions of their files (see load.Model.WithSources), when each edited
// page is one the index holds (not a duplicate it dropped); false if one is
// not, and nothing was changed.
func (s *Session) editSources(edited []*content.Page) bool {
	for _, cp := range edited {
		p := s.in.Site.Page(cp.Locale, cp.Meta.Slug)
		if p == nil || p.Src.Path != cp.Path {
			return false
		}
	}
	s.in = s.in.WithSources(edited)
	return true
}

// setPage puts np (nil: none) at the content path p and returns the page
// that was there.
func (s *Session) setPage(p string, np *content.Page) *content.Page {
	op := s.byPath[p]
	i, found := slices.BinarySearchFunc(s.pages, p, func(q *content.Page, p string) int { return comparePaths(q.Path, p) })
	switch {
	case np != nil && found:
		s.pages[i] = np
	case np != nil:
		s.pages = slices.Insert(s.pages, i, np)
	case found:
		s.pages = slices.Delete(s.pages, i, i+1)
	}
	if np != nil {
		s.byPath[p] = np
	} else {
		delete(s.byPath, p)
	}
	return op
}

// updateCatalogs reloads the catalogs and re-renders the pages that looked
// up a message that changed in an edited catalog: looked up in that
// catalog's locale, or, for en-US, in any locale (the others fall back to
// it, and the pseudo-locale is made from it). The home pages, the root page
// and the 404 pages are rendered again in any case: they are few.
func (s *Session) updateCatalogs(locales map[string]bool, ch *Change) error {
	dc := &diag.Collector{}
	old := s.in.Catalogs
	s.setModel(s.in.WithCatalogs(dc))
	s.catalog = dc.All()
	affected := map[int32]bool{}
	for l := range locales {
		changed := s.in.Catalogs.Changed(old, l)
		uses := func(u i18n.Lookup) bool { return changed[u.ID] && (u.Locale == l || l == locale.Source) }
		for u, n := range s.lookups {
			if uses(u) {
				affected[n] = true
			}
		}
		// Pages the views rendered before the pass reached them.
		s.changed.msgs = append(s.changed.msgs, uses)
	}
	var pages []*site.Page
	for _, p := range s.in.Site.Pages {
		if slices.ContainsFunc(s.pageLookups[p.OutPath()], func(n int32) bool { return affected[n] }) {
			pages = append(pages, p)
		}
	}
	s.stale["status"] = true
	s.invalidate(pages, ch)
	return s.renderParts(func(n string) bool { return strings.HasPrefix(n, "home ") || n == "root" || n == "hosting" }, ch)
}

// assetsAfter is the list of assets as, with those below the folders dirs
// read again from the tree fsys.
func assetsAfter(fsys fs.FS, as []content.Asset, dirs []string) []content.Asset {
	if len(dirs) == 0 {
		return as
	}
	below := func(p string) bool {
		return slices.ContainsFunc(dirs, func(d string) bool { return strings.HasPrefix(p, d+"/") })
	}
	next := slices.DeleteFunc(slices.Clone(as), func(a content.Asset) bool { return below(a.Path) })
	for _, d := range dirs {
		next = append(next, content.AssetsUnder(fsys, d)...)
	}
	slices.SortFunc(next, func(a, b content.Asset) int { return comparePaths(a.Path, b.Path) })
	return slices.CompactFunc(next, func(a, b content.Asset) bool { return a.Path == b.Path })
}
