package content

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/doku-docs/doku/internal/diag"

	"golang.org/x/sync/errgroup"
	"golang.org/x/text/language"
)

// DataDir is the top-level folder of locale-free data; it is not a locale.
const DataDir = "data"

// MDNDataDir is the folder of locale-free data in MDN's files/ tree
// (GroupData.json, InterfaceData.json); it is not a locale either.
const MDNDataDir = "jsondata"

// MDNSidebarsDir holds MDN's named sidebars (sidebars/*.yaml, read by
// internal/load); it is not a locale.
const MDNSidebarsDir = "sidebars"

// Tree is what Load read: pages and assets in a stable order (by path).
type Tree struct {
	Pages  []*Page
	Assets []Asset
	// Strict records that the tree was read with Options.Strict, so that
	// what is made of it (the index) reports its flaws as errors too.
	Strict bool
	// Locales are the locales found, in the order of the folders.
	Locales []string
	// Redirects maps the lower-cased URL of a page that moved to where it
	// went, from each locale's RedirectsFile.
	Redirects map[string]string
}

// Options tune Load.
type Options struct {
	// Strict makes unknown front-matter keys and misplaced pages errors.
	Strict bool
	// Locales, if set, limits loading to these locales.
	Locales []string
	// Name is the tree's path as diagnostics show it ("content").
	Name string
	// Lazy leaves the Markdown bodies out of the pages, to be read again
	// when each page is rendered (Page.ReadBody): a tree of MDN's size
	// holds 150 MB of Markdown that need not stay in memory while every
	// page waits for its turn.
	Lazy bool
	// PathSlugPrefix, if set, is put before every slug taken from a
	// page's path (PathSlug), so that a site's own pages live below one
	// folder of the URL space: with "guide", howto/install.md is the
	// page guide/howto/install and the locale folder's index.md the
	// page guide. It must be a valid slug (CheckSlug); slugs written in
	// front matter are left as they are.
	PathSlugPrefix string
}

// Load reads every page of the content tree fsys. Pages are parsed on all
// cores; the result does not depend on their order.
func Load(fsys fs.FS, opt Options, dc *diag.Collector) (*Tree, error) {
	t := &Tree{Strict: opt.Strict, Redirects: map[string]string{}}
	var paths []string
	tops, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	for _, top := range tops {
		if top.Type()&fs.ModeSymlink != 0 && top.Name() != DataDir && top.Name() != MDNDataDir {
			dc.Warnf(diag.Pos{File: path.Join(opt.Name, top.Name())}, diag.Content, "copy the folder into the tree instead", "symbolic link skipped")
			continue
		}
		if !top.IsDir() || top.Name() == DataDir || top.Name() == MDNDataDir || top.Name() == MDNSidebarsDir || strings.HasPrefix(top.Name(), ".") {
			continue
		}
		tag, err := language.Parse(top.Name())
		if err != nil {
			dc.Warnf(diag.Pos{File: path.Join(opt.Name, top.Name())}, diag.Content, "locale folders are named after a language tag in lower case: en-us, de, pt-br",
				"folder %q is not a locale; skipped", top.Name())
			continue
		}
		locale := tag.String()
		if len(opt.Locales) > 0 && !slices.Contains(opt.Locales, locale) {
			continue
		}
		t.Locales = append(t.Locales, locale)
		readRedirects(fsys, top.Name(), opt.Name, t.Redirects, dc)
		err = fs.WalkDir(fsys, top.Name(), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				dc.Errorf(diag.Pos{File: path.Join(opt.Name, p)}, diag.Content, "check the file's permissions", "cannot read: %v", err)
				return nil
			}
			switch {
			case d.Type()&fs.ModeSymlink != 0:
				dc.Warnf(diag.Pos{File: path.Join(opt.Name, p)}, diag.Content, "copy the file into the tree instead", "symbolic link skipped")
			case d.IsDir():
				if strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
			case IsPageFile(d.Name()):
				paths = append(paths, p)
			case strings.HasPrefix(d.Name(), "."):
			case path.Dir(p) != top.Name():
				t.Assets = append(t.Assets, Asset{Locale: locale, Path: p, Dir: path.Dir(p)})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	pages := make([]*Page, len(paths))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range paths {
		g.Go(func() error {
			pages[i] = loadPage(fsys, p, path.Join(opt.Name, p), opt, dc)
			return nil
		})
	}
	_ = g.Wait()
	for _, p := range pages {
		if p != nil {
			t.Pages = append(t.Pages, p)
		}
	}
	return t, nil
}

// LoadPage reads and parses the page at p (an index.md in fsys) as Load
// does; nil if it cannot be used. doku serve reloads one edited page with it.
func LoadPage(fsys fs.FS, p string, opt Options, dc *diag.Collector) *Page {
	opt.Lazy = false // an edited page is kept: it may change again on disk before it is rendered
	return loadPage(fsys, p, path.Join(opt.Name, p), opt, dc)
}

// loadPage reads and parses one index.md; nil if it cannot be used. A
// problem with one page is a flaw: outside strict mode it is a warning and
// the rest of the site builds without the page, as real translated trees
// hold broken pages and MDN builds them; in strict mode it fails the build.
func loadPage(fsys fs.FS, p, file string, opt Options, dc *diag.Collector) *Page {
	if opt.Strict {
		return parsePage(fsys, p, file, opt, dc)
	}
	var own diag.Collector
	page := parsePage(fsys, p, file, opt, &own)
	for _, d := range own.All() {
		if d.Severity == diag.Error {
			d.Severity = diag.Warning
			if page == nil {
				d.Message += "; the page is left out"
			}
		}
		dc.Report(d)
	}
	return page
}

// parsePage reads and parses one index.md; nil if it cannot be used.
func parsePage(fsys fs.FS, p, file string, opt Options, dc *diag.Collector) *Page {
	strict := opt.Strict
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		dc.Errorf(diag.Pos{File: file}, diag.Content, "check the file's permissions", "cannot read: %v", err)
		return nil
	}
	if !utf8.Valid(src) {
		off := firstInvalidUTF8(src)
		line, col := diag.LineCol(src, off)
		dc.Errorf(diag.Pos{File: file, Line: line, Col: col}, diag.Content, "save the file as UTF-8", "page is not valid UTF-8 (byte %#x)", src[off])
		return nil
	}
	if off := deepIndent(src); off >= 0 {
		line, _ := diag.LineCol(src, off)
		dc.Errorf(diag.Pos{File: file, Line: line, Col: MaxIndent + 1}, diag.Content,
			"flatten the nesting; a list can nest on one line ('- - item') without indenting",
			"line is indented by more than %d columns", MaxIndent)
		return nil
	}
	fm, body, bodyLine, ok := ParseFrontMatter(file, src, strict, dc)
	if !ok {
		return nil
	}
	top, _, _ := strings.Cut(p, "/")
	locale, _ := language.Parse(top)
	if fm.Title == "" {
		title, rest, found := HeadingTitle(body)
		if !found {
			dc.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, diag.FrontMatter,
				"start the page with a heading '# Title', or add a line 'title: ...' to its front matter", "page has no title")
			return nil
		}
		fm.TitleSource, fm.Title, body = title, TitleText(title), rest
	}
	at := PathSlug(p)
	fromPath := fm.Slug == ""
	if fromPath {
		fm.Slug = path.Join(opt.PathSlugPrefix, at)
	}
	slugPos := keyPos(file, src, "slug")
	if err := CheckSlug(fm.Slug); err != nil && !(fromPath && fm.Slug == "") {
		dc.Errorf(slugPos, diag.FrontMatter, "a slug is a path like Web/API/CloseEvent", "%v", err)
		return nil
	}
	// MDN's layout: a page's folder is its slug in lower case. A page
	// named name.md chose its URL by its name, and may move it.
	if want := FolderFor(fm.Slug); !fromPath && path.Base(p) == "index.md" && at != want {
		report := dc.Warnf
		if strict {
			report = dc.Errorf
		}
		report(slugPos, diag.FrontMatter,
			"move the page to "+path.Join(top, want, "index.md")+" or correct its slug",
			"slug %q does not match the page's folder %q", fm.Slug, at)
	}
	page := &Page{Locale: locale.String(), Path: p, File: file, Meta: fm, Body: body, BodyLine: bodyLine, SlugPos: slugPos, SlugFromPath: fromPath,
		Sum: sha256.Sum256(src)}
	if opt.Lazy {
		page.leaveOut(src)
	}
	return page
}

// IsPageFile reports whether a file of this name in a locale folder is a
// page: index.md (MDN's layout: the folder is the page) or any other
// name.md, except names in capitals (README.md, PROMPT.md,
// CONTRIBUTING.md), which by the convention of code hosts are notes to
// the people working on the tree, not pages of it.
func IsPageFile(name string) bool {
	stem, ok := strings.CutSuffix(name, ".md")
	if !ok || stem == "" || strings.HasPrefix(name, ".") {
		return false
	}
	return name == "index.md" || strings.ToUpper(stem) != stem
}

// PathSlug is the slug a page file's path gives it, for a page whose
// front matter names none: the path below the locale folder, without
// "/index.md" or ".md" ("en-us/howto/install.md" and
// "en-us/howto/install/index.md" are both "howto/install"; the locale
// folder's own index.md is "").
func PathSlug(p string) string {
	_, rel, _ := strings.Cut(p, "/")
	if rel == "index.md" {
		return ""
	}
	if dir, ok := strings.CutSuffix(rel, "/index.md"); ok {
		return dir
	}
	return strings.TrimSuffix(rel, ".md")
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// keyPos is the position of key's value in the front matter of src (a
// line "key: value" at the block's top level), else the start of the file.
func keyPos(file string, src []byte, key string) diag.Pos {
	yamlSrc, _, _, err := SplitFrontMatter(src)
	if err == nil {
		start := bytes.Index(src, yamlSrc)
		for off := 0; off < len(yamlSrc); {
			line, _, _ := bytes.Cut(yamlSrc[off:], []byte("\n"))
			if v, ok := bytes.CutPrefix(line, []byte(key+":")); ok {
				n := len(v) - len(bytes.TrimLeft(v, " \t"))
				l, c := diag.LineCol(src, start+off+len(key)+1+n)
				return diag.Pos{File: file, Line: l, Col: c}
			}
			off += len(line) + 1
		}
	}
	return diag.Pos{File: file, Line: 1, Col: 1}
}

// MaxIndent is the deepest indentation, in columns, a page may use. The
// Markdown parser takes time cubic in the nesting depth of lists nested by
// indentation (500 levels, 1,000 columns: about 1.5 s; 2,000 levels: over
// a minute), so a page nested deeper is refused rather than hanging the
// build. Real pages stay far below.
const MaxIndent = 1000

// deepIndent returns the offset of the first line of src indented by more
// than MaxIndent columns (a tab counts four), or -1.
func deepIndent(src []byte) int {
	for off := 0; off < len(src); {
		cols := 0
		i := off
		for ; i < len(src) && (src[i] == ' ' || src[i] == '\t') && cols <= MaxIndent; i++ {
			if src[i] == '\t' {
				cols += 4
			} else {
				cols++
			}
		}
		if cols > MaxIndent {
			return off
		}
		nl := bytes.IndexByte(src[i:], '\n')
		if nl < 0 {
			break
		}
		off = i + nl + 1
	}
	return -1
}

// AssetsUnder lists the assets below dir, a folder inside a locale folder
// of the tree fsys, as Load finds them; none if dir is gone. doku serve
// calls it for a page folder that appeared, went away or moved.
func AssetsUnder(fsys fs.FS, dir string) []Asset {
	top, _, _ := strings.Cut(dir, "/")
	tag, err := language.Parse(top)
	if err != nil || top == dir {
		return nil
	}
	var as []Asset
	_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || d.Type()&fs.ModeSymlink != 0:
		case d.IsDir():
			if strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
		case !IsPageFile(d.Name()) && !strings.HasPrefix(d.Name(), "."):
			as = append(as, Asset{Locale: tag.String(), Path: p, Dir: path.Dir(p)})
		}
		return nil
	})
	return as
}
