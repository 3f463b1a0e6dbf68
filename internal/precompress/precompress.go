// Package precompress writes gzip and brotli copies of a built site's text
// files beside them (doku.css.gz, doku.css.br), so a server can send the
// compressed bytes without compressing on every request (nginx
// gzip_static and brotli_static, Caddy's precompressed, ...).
//
// Copies are made once per build, and only where they are smaller than the
// file. gzip runs at its best level everywhere. Brotli's best level
// (quality 11) is about ten times slower than quality 5 for some 10% less:
// worth it for the static files, which are few and fetched with every page,
// not for thousands of pages (see docs/design.md for the measurements).
// The bytes depend only on the file's, so equal builds give equal copies.
package precompress

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/doku-docs/doku/internal/assets"

	"github.com/andybalholm/brotli"
	"golang.org/x/sync/errgroup"
)

// textExts are the files worth compressing; images, fonts and zips are
// compressed already.
var textExts = map[string]bool{
	".html": true, ".css": true, ".js": true, ".mjs": true, ".json": true, ".map": true,
	".xml": true, ".txt": true, ".svg": true, ".webmanifest": true,
}

// IsText reports whether name is a file precompress compresses.
func IsText(name string) bool { return textExts[strings.ToLower(filepath.Ext(name))] }

// Dir writes the compressed copies of every text file below dir, on all
// cores. It returns how many files it wrote.
func Dir(dir string) (int, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && IsText(p) {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	written := make([]int, len(names))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range names {
		g.Go(func() error {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			quality := PageQuality
			if rel, err := filepath.Rel(dir, p); err == nil && strings.HasPrefix(filepath.ToSlash(rel), assets.Dir+"/") {
				quality = brotli.BestCompression
			}
			br := func(data []byte) ([]byte, error) { return Brotli(data, quality) }
			for _, c := range []struct {
				ext string
				fn  func([]byte) ([]byte, error)
			}{{".gz", Gzip}, {".br", br}} {
				z, err := c.fn(data)
				if err != nil {
					return err
				}
				if len(z) >= len(data) {
					continue
				}
				if err := os.WriteFile(p+c.ext, z, 0o644); err != nil {
					return err
				}
				written[i]++
			}
			return nil
		})
	}
	err = g.Wait()
	n := 0
	for _, w := range written {
		n += w
	}
	return n, err
}

// Gzip compresses data at the best level, with no name or time in the
// header.
func Gzip(data []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err = w.Close()
	return b.Bytes(), err
}

// PageQuality is the brotli quality for everything but static files.
const PageQuality = 5

// Brotli compresses data at quality (0 to 11).
func Brotli(data []byte, quality int) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, quality)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err := w.Close()
	return b.Bytes(), err
}
