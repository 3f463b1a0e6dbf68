package render

import (
	"io/fs"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/load"
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
func copyAssets(in *load.Model, out Sink) (int, error) {
	byDir := map[string]*site.Page{}
	for _, p := range in.Site.Pages {
		byDir[path.Dir(p.Src.Path)] = p
	}
	n := 0
	for _, a := range in.Site.Assets {
		dir := a.Dir
		for byDir[dir] == nil && strings.Contains(dir, "/") {
			dir = path.Dir(dir)
		}
		p := byDir[dir]
		if p == nil {
			continue
		}
		data, err := fs.ReadFile(in.Content, a.Path)
		if err != nil {
			return n, err
		}
		rel := strings.TrimPrefix(a.Path, dir+"/")
		if err := out.Write(path.Join(path.Dir(p.OutPath()), rel), data); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
