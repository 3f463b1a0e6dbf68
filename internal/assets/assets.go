// Package assets names a theme's static files after their content, so a
// server can tell browsers to cache them forever: "doku.css" is written as
// "static/doku.3f2a9c1e.css", and a changed file gets a new name. Layouts
// never spell these names; they ask for a file by its plain name through
// the page data ({{.Asset "doku.css"}}), so a theme keeps working whatever
// the hashes are.
//
// Stylesheets may point at other static files with url(...) (fonts,
// images): those references are rewritten to the hashed names, and a
// stylesheet is hashed after the rewrite, so a new image also renames the
// stylesheet that uses it.
package assets

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
)

// Dir is the output folder of the static files, shared by every locale.
const Dir = "static"

// File is one static file as written.
type File struct {
	// Name is the file's plain name, relative to the static folder
	// ("doku.css", "fonts/x.woff2").
	Name string
	// Path is where it is written in the output ("static/doku.3f2a9c1e.css").
	Path string
	Data []byte
}

// Set is every static file of a build, read-only once made.
type Set struct {
	files  []File
	byName map[string]int
}

// New names the files (plain name to content) after their content.
func New(files map[string][]byte) *Set {
	s := &Set{byName: map[string]int{}}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	// Files other than stylesheets first, so stylesheets can refer to
	// their hashed names; each group in name order, for stable output.
	slices.SortFunc(names, func(a, b string) int {
		ac, bc := isCSS(a), isCSS(b)
		switch {
		case ac && !bc:
			return 1
		case !ac && bc:
			return -1
		}
		return strings.Compare(a, b)
	})
	for _, n := range names {
		data := files[n]
		if isCSS(n) {
			data = s.rewriteCSS(n, data)
		}
		s.byName[n] = len(s.files)
		s.files = append(s.files, File{Name: n, Path: path.Join(Dir, Hashed(n, data)), Data: data})
	}
	slices.SortFunc(s.files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	for i, f := range s.files {
		s.byName[f.Name] = i
	}
	return s
}

// Hashed inserts the first 8 hex digits of the SHA-256 of data before the
// extension of name: "a/doku.css" → "a/doku.3f2a9c1e.css". 32 bits tell a
// file's versions apart; they do not need to resist an attacker.
func Hashed(name string, data []byte) string {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:4])
	dir, base := path.Split(name)
	stem, ext, ok := strings.Cut(base, ".")
	if !ok {
		return dir + base + "." + h
	}
	return dir + stem + "." + h + "." + ext
}

// Path is the output path of the static file called name, or an error
// naming the files that exist.
func (s *Set) Path(name string) (string, error) {
	i, ok := s.byName[name]
	if !ok {
		return "", fmt.Errorf("no static file %q; the theme has: %s", name, strings.Join(s.Names(), ", "))
	}
	return s.files[i].Path, nil
}

// Names lists the plain names, sorted.
func (s *Set) Names() []string {
	var ns []string
	for _, f := range s.files {
		ns = append(ns, f.Name)
	}
	slices.Sort(ns)
	return ns
}

// Files lists every file, sorted by output path.
func (s *Set) Files() []File { return s.files }

func isCSS(name string) bool { return strings.HasSuffix(name, ".css") }

var cssURL = regexp.MustCompile(`url\(\s*(['"]?)([^'"()\s]+)(['"]?)\s*\)`)

// rewriteCSS points url(...) references to static files already named at
// their hashed names. References to anything else (data: URLs, absolute
// URLs, missing files) are left as they are.
func (s *Set) rewriteCSS(name string, data []byte) []byte {
	dir := path.Dir(name)
	return cssURL.ReplaceAllFunc(data, func(m []byte) []byte {
		sub := cssURL.FindSubmatch(m)
		ref := string(sub[2])
		target, rest, _ := strings.Cut(ref, "#")
		target, query, _ := strings.Cut(target, "?")
		if strings.Contains(target, ":") || strings.HasPrefix(target, "/") {
			return m
		}
		i, ok := s.byName[path.Join(dir, target)]
		if !ok {
			return m
		}
		rel := relTo(dir, s.files[i].Path)
		if query != "" {
			rel += "?" + query
		}
		if rest != "" {
			rel += "#" + rest
		}
		return []byte("url(" + string(sub[1]) + rel + string(sub[3]) + ")")
	})
}

// relTo is the path of the output file p relative to the static
// subfolder dir ("." for the static folder itself).
func relTo(dir, p string) string {
	p = strings.TrimPrefix(p, Dir+"/")
	if dir == "." {
		return p
	}
	up := strings.Repeat("../", strings.Count(dir, "/")+1)
	return up + p
}
