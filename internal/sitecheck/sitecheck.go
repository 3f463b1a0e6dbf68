// Package sitecheck reads a built site (or an unzipped offline bundle) the
// way a browser would, and reports what a reader would hit: links and
// resources that lead to no file, anchors that do not exist, and inline
// scripts and styles that a Content-Security-Policy of default-src 'self'
// blocks. Tests of the build and of the bundles run it over their whole
// output.
package sitecheck

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	"golang.org/x/net/html"
)

// Problem is one thing wrong at a line of an output file.
type Problem struct {
	File string
	Line int
	Msg  string
	// Hint says how to fix it, where the check can tell; may be empty.
	Hint string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// Diagnostic is p as an error in the file dir/p.File (dir is the site's
// folder as the user named it).
func (p Problem) Diagnostic(dir string) diag.Diagnostic {
	return diag.Diagnostic{
		Pos:      diag.Pos{File: path.Join(filepath.ToSlash(dir), p.File), Line: p.Line},
		Severity: diag.Error, Kind: diag.SiteCheck, Message: p.Msg, Hint: p.Hint,
	}
}

// Options say where the site lives.
type Options struct {
	// Base is the URL of the site's root folder. URLs below it must lead to
	// files of the site; URLs elsewhere are external and not followed.
	// Without it, the site is taken to be at the root of a server, so
	// "/static/x.css" means the file static/x.css.
	Base *url.URL
	// Offline says the site is opened from file://: every link must be
	// relative and name a file, as a folder shows a listing there.
	Offline bool
	// Page, if set, is called after each HTML file is read (a progress
	// bar counts them with it).
	Page func()
}

// ref is one URL found in a page.
type ref struct {
	line int
	tag  string
	attr string
	val  string
}

// page is what the check needs from one HTML file.
type page struct {
	refs []ref
	// base is the page's <base href>, if any.
	base string
	ids  map[string]bool
	// inline lists inline scripts, styles and event handlers.
	inline []Problem
}

// Check reads every .html file of fsys and reports broken links and
// resources and inline scripts and styles, sorted by file and line.
func Check(fsys fs.FS, opt Options) ([]Problem, error) {
	base := opt.Base
	if base == nil {
		base = &url.URL{Scheme: "http", Host: "site.invalid", Path: "/"}
	}
	if !strings.HasSuffix(base.Path, "/") {
		b := *base
		b.Path += "/"
		base = &b
	}
	pages := map[string]*page{}
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		pages[p] = parse(p, data)
		names = append(names, p)
		if opt.Page != nil {
			opt.Page()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var probs []Problem
	for _, name := range names {
		pg := pages[name]
		probs = append(probs, pg.inline...)
		self := base.ResolveReference(&url.URL{Path: name})
		from := self
		if pg.base != "" {
			if b, err := url.Parse(pg.base); err == nil {
				from = self.ResolveReference(b)
			}
		}
		for _, r := range pg.refs {
			if msg, hint := checkRef(fsys, pages, base, from, opt.Offline, r.val); msg != "" {
				probs = append(probs, Problem{File: name, Line: r.line, Msg: fmt.Sprintf("<%s %s=%q>: %s", r.tag, r.attr, r.val, msg), Hint: hint})
			}
		}
	}
	slices.SortStableFunc(probs, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return probs, nil
}

// checkRef says what is wrong with the URL v found in a page whose URL is
// from, and how to fix it, or "" when it leads to a file of the site (or
// elsewhere).
func checkRef(fsys fs.FS, pages map[string]*page, base, from *url.URL, offline bool, v string) (msg, hint string) {
	v = strings.TrimSpace(v)
	u, err := url.Parse(v)
	if err != nil {
		return "not a URL: " + err.Error(), "percent-encode spaces and other special characters"
	}
	switch u.Scheme {
	case "mailto", "data", "tel":
		return "", ""
	case "javascript":
		return "javascript: URL (blocked by the Content-Security-Policy)", "attach the behaviour from a script file"
	}
	if offline && (u.IsAbs() || strings.HasPrefix(v, "/")) {
		if u.Scheme == "http" || u.Scheme == "https" {
			return "", "" // leaves the bundle for the web, on purpose
		}
		return "not relative: from file:// it leads outside the bundle", "write the link relative to the page (site.RelURL)"
	}
	abs := from.ResolveReference(u)
	if abs.Scheme != base.Scheme || abs.Host != base.Host {
		return "", ""
	}
	if v == "" || v == "#" {
		return "", ""
	}
	rel, ok := strings.CutPrefix(abs.Path, base.Path)
	if !ok {
		return "leads outside the site (" + base.String() + ")", "write the link relative to the page"
	}
	if rel == "" || strings.HasSuffix(rel, "/") {
		return "leads to a folder, not a file: name the file (index.html)", "add index.html: from file:// a folder shows a listing"
	}
	if st, err := fs.Stat(fsys, rel); err != nil {
		return "no such file " + rel, fileHint(fsys, rel)
	} else if st.IsDir() {
		return "leads to a folder, not a file: name the file (index.html)", "add /index.html: from file:// a folder shows a listing"
	}
	if u.Fragment != "" {
		if target := pages[rel]; target != nil && !target.ids[u.Fragment] {
			return fmt.Sprintf("%s has no element with id %q", rel, u.Fragment), idHint(target.ids, u.Fragment)
		}
	}
	return "", ""
}

// linkAttrs are the attributes that hold a URL the browser follows or loads.
var linkAttrs = map[string]bool{"href": true, "src": true, "poster": true, "action": true, "srcset": true}

// parse reads one HTML file: its URLs, ids, <base> and inline code.
func parse(name string, data []byte) *page {
	pg := &page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	inScript := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return pg
		}
		raw := z.Raw()
		at := line
		line += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.TextToken:
			if inScript && len(bytes.TrimSpace(raw)) > 0 {
				pg.inline = append(pg.inline, Problem{File: name, Line: at, Msg: "text inside <script src>: browsers ignore it; remove it"})
			}
		case html.EndTagToken:
			inScript = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, _ := z.TagName()
			tag := string(tn)
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				key, val := string(k), string(v)
				attrs[key] = val
				switch {
				case key == "id" || (key == "name" && tag == "a"):
					pg.ids[val] = true
				case key == "style":
					pg.inline = append(pg.inline, Problem{File: name, Line: at, Msg: fmt.Sprintf("<%s style=...> (blocked by the Content-Security-Policy): use a class and the stylesheet", tag)})
				case strings.HasPrefix(key, "on"):
					pg.inline = append(pg.inline, Problem{File: name, Line: at, Msg: fmt.Sprintf("<%s %s=...> event handler (blocked by the Content-Security-Policy): attach it from a script file", tag, key)})
				case linkAttrs[key] && !(tag == "a" && key == "href" && val == ""):
					if key == "srcset" {
						for _, c := range strings.Split(val, ",") {
							if f := strings.Fields(c); len(f) > 0 {
								pg.refs = append(pg.refs, ref{line: at, tag: tag, attr: key, val: f[0]})
							}
						}
					} else if tag == "base" && key == "href" {
						pg.base = val
					} else {
						pg.refs = append(pg.refs, ref{line: at, tag: tag, attr: key, val: val})
					}
				}
				if !more {
					break
				}
			}
			switch tag {
			case "style":
				pg.inline = append(pg.inline, Problem{File: name, Line: at, Msg: "<style> element (blocked by the Content-Security-Policy): move it into a stylesheet under static/"})
			case "script":
				_, hasSrc := attrs["src"]
				if !hasSrc {
					pg.inline = append(pg.inline, Problem{File: name, Line: at, Msg: "inline <script> (blocked by the Content-Security-Policy): move the code into a file under static/ and load it with src"})
				}
				inScript = hasSrc && tt == html.StartTagToken
			}
		}
	}
}
