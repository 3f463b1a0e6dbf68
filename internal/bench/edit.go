package bench

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// mirror makes dst a copy of the tree src made of hard links (a copy
// where links fail), so that the bench can edit a page of its copy
// without touching the tree it was given: an edit replaces the link by a
// new file (see edit), and restore links the original back.
func mirror(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return linkOrCopy(p, to)
	})
}

func linkOrCopy(from, to string) error {
	if err := os.Link(from, to); err == nil {
		return nil
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// pickPage is the page the bench edits: the middle one of the tree's
// index.md files in name order, so every run edits the same page. Its
// path is relative to dir.
func pickPage(dir string) (string, error) {
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "index.md" {
			rel, rerr := filepath.Rel(dir, p)
			pages = append(pages, rel)
			return rerr
		}
		return err
	})
	if err != nil {
		return "", err
	}
	if len(pages) == 0 {
		return "", fmt.Errorf("%s holds no index.md", dir)
	}
	slices.Sort(pages)
	return pages[len(pages)/2], nil
}

// edit changes the file at path through change, writing a new file
// and renaming it over the old one, so that a hard link to the old
// file's content elsewhere keeps its bytes.
func edit(path string, change func([]byte) ([]byte, error)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if b, err = change(b); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tmp := path + ".bench-edit"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// restore puts the original file back at path, as a link to it made
// beside it and renamed over it: the file is never missing, so a server
// watching the tree sees one change of the page, not a page gone and back.
func restore(original, path string) error {
	tmp := path + ".bench-restore"
	if err := linkOrCopy(original, tmp); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// addParagraph is the page edit: a paragraph more at the end, as a
// writer adds a sentence.
func addParagraph(b []byte) ([]byte, error) {
	return append(bytes.TrimRight(b, "\n"), "\n\nOne more sentence, added by the bench.\n"...), nil
}

// changeMessage is the catalog edit: the first translation of the
// catalog (its first `other = "` value) gets a character more.
func changeMessage(b []byte) ([]byte, error) {
	key := []byte(`other = "`)
	i := bytes.Index(b, key)
	if i < 0 {
		return nil, fmt.Errorf("no %s line to change", key)
	}
	i += len(key)
	return slices.Concat(b[:i], []byte("~"), b[i:]), nil
}
