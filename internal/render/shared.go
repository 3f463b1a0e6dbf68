package render

import (
	"io/fs"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/locale"
	"github.com/doku-docs/doku/internal/site"
)

// Shared writes the files that are not pages: the theme's static
// files, the code stylesheet and the pages' assets. It returns how many.
func Shared(in *load.Model, out Sink) (int, error) {
	n := 0
	for _, f := range in.Assets.Files() {
		if err := out.Write(f.Path, f.Data); err != nil {
			return n, err
		}
		n++
	}
	k, err := copyAssets(in, out)
	return n + k, err
}

// copyAssets copies the files stored beside pages next to their output.
// A translation shows its English page's files, as on MDN: a file beside
// an en-US page that the translation's own folder lacks is written beside
// the translation too (MDN points the translation's image at the English
// copy; a copy keeps working in a bundle without the English pages).
func copyAssets(in *load.Model, out Sink) (int, error) {
	byDir := map[string]*site.Page{}
	for _, p := range in.Site.Pages {
		byDir[path.Dir(p.Src.Path)] = p
	}
	type placed struct {
		page *site.Page
		rel  string
		path string // in the content fs
	}
	var files []placed
	own := map[string]bool{} // output paths of the files pages have themselves
	for _, a := range in.Site.Assets {
		dir := a.Dir
		for byDir[dir] == nil && strings.Contains(dir, "/") {
			dir = path.Dir(dir)
		}
		if p := byDir[dir]; p != nil {
			f := placed{p, strings.TrimPrefix(a.Path, dir+"/"), a.Path}
			files = append(files, f)
			own[path.Join(path.Dir(p.OutPath()), f.rel)] = true
		}
	}
	n := 0
	for _, f := range files {
		data, err := fs.ReadFile(in.Content, f.path)
		if err != nil {
			return n, err
		}
		targets := []*site.Page{f.page}
		if f.page.Locale == locale.Source {
			for _, l := range in.Site.Locales[1:] {
				if t := in.Site.Page(l, f.page.Slug); t != nil && !own[path.Join(path.Dir(t.OutPath()), f.rel)] {
					targets = append(targets, t)
				}
			}
		}
		for _, t := range targets {
			if err := out.Write(path.Join(path.Dir(t.OutPath()), f.rel), data); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}
