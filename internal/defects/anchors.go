package defects

import (
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/markdown"
)

// Broken links and fragments are found here rather than by
// internal/sitecheck, which finds the same and more (inline code, links
// to folders) but reads the site on one core and stats every link: over
// MDN's tree it takes about 40 s alone. This check reuses the pass that
// reads each page for the other kinds and a listing of the output.
//
// Counted, as a reader meets them: a link (a href, img or iframe src)
// within the site to a file that does not exist (detail "file"), or to a
// fragment the target page has no id or <a name> for (detail "fragment").
// Links to other hosts, mailto: and the like, and links that lead to a
// folder (a server serves its index.html) are not counted.
//
// A missing file beside the page that its source names (an image) counts
// only when the content tree holds it, beside the page's source or beside
// its English page's:
// MDN serves a translation's images from either, and a file neither
// holds (a translation that names images its English page no longer
// has) is missing on MDN as well.
//
// A missing fragment counts only when MDN's page would have it: when it
// is the ID MDN makes (markdown.HeadingID) from the text of one of the
// target's headings or terms, all of it or its first element's, or that
// ID with the suffix "_N" when at least N headings and terms make it (MDN
// numbers repeated IDs). Most missing fragments are not: a German
// page links to the English ID of a heading the German target translated
// ("#examples" on a page whose heading is "Beispiele"), or to an ID an
// older MDN made ("#Syntax", with a comma kept); MDN's link misses as
// doku's does, so a reader of MDN sees the same.

// linked is what the anchor check keeps of one page once it is read.
type linked struct {
	refs []string
	ids  string // each id followed by NUL
	// anchorTexts are the texts of its headings and terms, each
	// followed by NUL (see page.anchorTexts).
	anchorTexts string
}

// anchorChecker resolves links against the output's files and pages.
type anchorChecker struct {
	files map[string]bool
	pages map[string]*linked
	idSet map[string]map[string]bool
	// mdnIDs holds, per page, how many of its headings and terms make
	// each ID MDN makes.
	mdnIDs map[string]map[string]int
	// content is the content tree; nil counts every missing file.
	content fs.FS
}

// brokenAnchors returns the findings of each page (by its path in the
// output) that links to a missing file or fragment.
func brokenAnchors(files map[string]bool, names []string, pages []*linked, content fs.FS) map[string][]Finding {
	c := &anchorChecker{files: files, pages: map[string]*linked{}, idSet: map[string]map[string]bool{},
		mdnIDs: map[string]map[string]int{}, content: content}
	for i, n := range names {
		c.pages[n] = pages[i]
	}
	found := map[string][]Finding{}
	for i, n := range names {
		seen := map[string]bool{}
		for _, ref := range pages[i].refs {
			if d := c.check(n, ref); d != "" && !seen[d] {
				seen[d] = true
				found[n] = append(found[n], Finding{Kind: KindBrokenAnchor, Detail: d})
			}
		}
	}
	return found
}

// check returns "file" or "fragment" when ref, found in the page from,
// leads to no file or no fragment of the site, else "".
func (c *anchorChecker) check(from, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" {
		return ""
	}
	target := from
	if u.Path != "" {
		if strings.HasPrefix(u.Path, "/") {
			target = path.Clean(strings.TrimPrefix(u.Path, "/"))
		} else {
			target = path.Join(path.Dir(from), u.Path)
		}
		if strings.HasSuffix(u.Path, "/") || c.files[target+"/index.html"] {
			return "" // a folder: served as its index.html
		}
		if !c.files[target] {
			if !c.inTree(from, target) {
				return "" // missing on MDN too
			}
			return "file"
		}
	}
	if u.Fragment == "" {
		return ""
	}
	if !c.hasID(target, u.Fragment) && c.mdnHasID(target, u.Fragment) {
		return "fragment"
	}
	return ""
}

// mdnHasID says whether MDN's page at target would have the id: whether
// the id is what MDN makes of the text of one of its headings or terms,
// or that with "_N" when N or more of them make it.
func (c *anchorChecker) mdnHasID(target, id string) bool {
	set := c.mdnIDs[target]
	if set == nil {
		set = map[string]int{}
		for _, el := range strings.Split(c.pages[target].anchorTexts, "\x01") {
			ids := map[string]bool{} // an element counts once per ID
			for _, t := range strings.Split(el, "\x00") {
				if id := markdown.HeadingID(t); t != "" && !ids[id] {
					ids[id] = true
					set[id]++
				}
			}
		}
		c.mdnIDs[target] = set
	}
	if set[id] > 0 {
		return true
	}
	if i := strings.LastIndexByte(id, '_'); i > 0 && isDigits(id[i+1:]) {
		n, err := strconv.Atoi(id[i+1:])
		return err == nil && n >= 2 && set[id[:i]] >= n
	}
	return false
}

// inTree says whether the content tree holds the file target, missing
// from the output, that the page from links: beside the page's source or
// beside its English page's, where MDN finds a translation's images.
// Without a tree, for a file elsewhere than beside the page, or one the
// page's source does not name (a frame page doku makes), it says yes:
// the file is counted.
func (c *anchorChecker) inTree(from, target string) bool {
	if c.content == nil || path.Dir(target) != path.Dir(from) {
		return true
	}
	loc, slug := pageLocaleSlug(from)
	name := path.Base(target)
	src, err := fs.ReadFile(c.content, path.Join(strings.ToLower(loc), strings.ToLower(slug), "index.md"))
	if err != nil || !strings.Contains(strings.ToLower(string(src)), strings.ToLower(name)) {
		return true // not a file the page's source names: one doku makes
	}
	for _, dir := range []string{strings.ToLower(loc), "en-us"} {
		for _, n := range []string{name, strings.ToLower(name)} {
			if _, err := fs.Stat(c.content, path.Join(dir, strings.ToLower(slug), n)); err == nil {
				return true
			}
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasID says whether the page at target has the id; a file that is not a
// checked page (a live sample, the home page) is taken to have it.
func (c *anchorChecker) hasID(target, id string) bool {
	pg := c.pages[target]
	if pg == nil {
		return true
	}
	set := c.idSet[target]
	if set == nil {
		set = map[string]bool{}
		for _, s := range strings.Split(pg.ids, "\x00") {
			set[s] = true
		}
		c.idSet[target] = set
	}
	return set[id]
}

// listFiles returns every file of out and its pages,
// <locale>/docs/.../index.html, sorted.
func listFiles(out fs.FS) (files map[string]bool, pages []string, err error) {
	files = map[string]bool{}
	err = fs.WalkDir(out, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[p] = true
		if d.Name() == "index.html" && strings.Contains(p, "/docs/") && !strings.Contains(p[:strings.Index(p, "/docs/")], "/") {
			pages = append(pages, p)
		}
		return nil
	})
	return files, pages, err
}
