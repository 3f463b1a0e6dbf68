// Package bundle makes offline bundles of a built site: zip files that a
// reader unpacks and opens by double-clicking index.html, with no server.
//
// A bundle is the built site itself, whose links are already relative and
// end in index.html, less what only a web server uses (sitemaps,
// robots.txt, 404 pages, the downloads, precompressed copies). A bundle of
// some locales leaves the others' folders out; links into them would
// break, so they are rewritten: to the hosted page when the site's base
// URL is known, else the link is dropped and its text stays.
package bundle

import (
	"bytes"
	"io"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// DownloadDir is the folder of the output the bundles are written to; it
// is never part of a bundle.
const DownloadDir = "download"

// hostedOnly reports whether the output file p serves only a hosted site.
func hostedOnly(p string) bool {
	base := path.Base(p)
	return p == "robots.txt" || base == "404.html" ||
		(!strings.Contains(p, "/") && strings.HasPrefix(base, "sitemap") && strings.HasSuffix(base, ".xml")) ||
		strings.HasPrefix(p, DownloadDir+"/") ||
		strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br")
}

// Options say what goes into one bundle.
type Options struct {
	// Locales are the locales the bundle holds.
	Locales []string
	// AllLocales are the site's locales; the folders of those not in
	// Locales are left out.
	AllLocales []string
	// Base is the hosted site's URL, where links to left-out pages point;
	// nil drops such links.
	Base *url.URL
	// Root, if set, replaces the site's index.html (the language chooser),
	// for a bundle whose only language needs no choosing.
	Root []byte
}

// Paths lists the output files of the built site fsys that go into a
// bundle, sorted.
func Paths(fsys fs.FS, opt Options) ([]string, error) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p == DownloadDir || (slices.Contains(opt.AllLocales, p) && !slices.Contains(opt.Locales, p)) {
				return fs.SkipDir
			}
			return nil
		}
		if !hostedOnly(p) {
			paths = append(paths, p)
		}
		return nil
	})
	slices.Sort(paths)
	return paths, err
}

// Write zips the bundle of the built site fsys into w, holding one file in
// memory at a time, so a site of any size can be bundled. Pages of a
// bundle that leaves locales out get their links into them rewritten (see
// Rewrite).
func Write(w io.Writer, fsys fs.FS, opt Options) error {
	paths, err := Paths(fsys, opt)
	if err != nil {
		return err
	}
	b, err := NewBuilder("", opt)
	if err != nil {
		return err
	}
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err == nil {
			err = b.Add(p, data)
		}
		if err != nil {
			b.Abort()
			return err
		}
	}
	return b.Finish(w)
}

// Rewrite changes the relative links of the page at path page whose
// target is not in the bundle (has reports what is): with a base URL they
// point to the hosted page; without one, <a> loses its href (its text
// stays, as plain text) and <link> is removed. Every other byte of the page
// is kept as it was.
func Rewrite(page string, data []byte, has func(string) bool, base *url.URL) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	out.Grow(len(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			out.Write(raw)
			continue
		}
		tok := z.Token()
		changed, drop := false, false
		kept := tok.Attr[:0:0]
		for _, a := range tok.Attr {
			if a.Namespace == "" && (a.Key == "href" || a.Key == "src") {
				if target, ok := missing(page, a.Val, has); ok {
					changed = true
					if base != nil {
						a.Val = base.ResolveReference(target).String()
					} else if tok.Data == "a" {
						continue
					} else {
						drop = true
					}
				}
			}
			kept = append(kept, a)
		}
		switch {
		case drop:
		case changed:
			tok.Attr = kept
			writeTag(&out, tok)
		default:
			out.Write(raw)
		}
	}
}

// missing reports whether the relative URL v in page leads to a file not in
// the bundle, and the target as a URL relative to the site's root.
func missing(page, v string, has func(string) bool) (*url.URL, bool) {
	u, err := url.Parse(v)
	if err != nil || u.IsAbs() || u.Host != "" || u.Path == "" || strings.HasPrefix(u.Path, "/") {
		return nil, false
	}
	p := path.Join(path.Dir(page), u.Path)
	if strings.HasPrefix(p, "../") || p == ".." {
		return nil, false
	}
	if has(p) {
		return nil, false
	}
	t := *u
	t.Path, t.RawPath = p, ""
	return &t, true
}

// writeTag writes a start tag with escaped attribute values.
func writeTag(w *bytes.Buffer, t html.Token) {
	w.WriteString("<" + t.Data)
	for _, a := range t.Attr {
		w.WriteString(" " + a.Key + `="` + html.EscapeString(a.Val) + `"`)
	}
	if t.Type == html.SelfClosingTagToken {
		w.WriteString("/")
	}
	w.WriteString(">")
}
