// Package scaffold writes the files of a new site (doku new) and of a new
// locale in a site (doku i18n start).
//
// A new site is the folder skeleton/ of this package: doku.toml, an
// English and a German start page and guide below content/, and the
// site's own catalogs below locales/. It builds as it is, with the theme
// doku embeds; asked to, New copies that theme into the site to be
// edited. Nothing here overwrites a file: New wants a new or empty folder,
// AddLocale a locale the site does not have yet.
package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

//go:embed all:skeleton
var skeleton embed.FS

// New writes a new site into dir, which must not exist or be empty. With
// theme set it also copies theme's layouts/ and static/ into the site,
// so that they can be edited there (the site's files override the
// embedded theme's of the same name). It returns the files written,
// slash-separated and relative to dir, in the order written.
func New(dir string, theme fs.FS) ([]string, error) {
	if err := emptyFolder(dir); err != nil {
		return nil, err
	}
	sk, err := fs.Sub(skeleton, "skeleton")
	if err != nil {
		return nil, err
	}
	written, err := copyTree(sk, ".", dir)
	if err != nil || theme == nil {
		return written, err
	}
	for _, top := range []string{"layouts", "static"} {
		w, err := copyTree(theme, top, dir)
		written = append(written, w...)
		if err != nil {
			return written, err
		}
	}
	return written, nil
}

// emptyFolder makes dir, or checks that it is an empty folder.
func emptyFolder(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		if st, serr := os.Stat(dir); serr == nil && !st.IsDir() {
			return fmt.Errorf("%s is a file, not a folder: give doku new the name of a new folder", dir)
		}
		return err
	case len(entries) > 0:
		return fmt.Errorf("%s is not empty (it holds %s): doku new writes a site only into a new or empty folder, so that it overwrites nothing; give another name", dir, entries[0].Name())
	}
	return nil
}

// copyTree copies the files below top in fsys to the same paths below
// dir, creating folders; a file that exists already is an error, never
// overwritten.
func copyTree(fsys fs.FS, top, dir string) ([]string, error) {
	var written []string
	err := fs.WalkDir(fsys, top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if err := writeNew(dst, data); err != nil {
			return err
		}
		written = append(written, path.Clean(p))
		return nil
	})
	return written, err
}

// writeNew writes a file that must not exist yet.
func writeNew(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
