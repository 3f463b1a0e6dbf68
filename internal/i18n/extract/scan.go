// Package extract finds the message IDs a site uses: in layouts
// ({{.L.T "ID"}}, {{.L.N "ID" n}}), in Go code (the macros and the
// pipeline, when the site's root holds them, as doku's own repository
// does) and in data files that name messages (the close-code table).
//
// Some IDs are computed at run time ("Callout." + variant,
// "Sidebar.Group." + page type). Such a family is recognised by its
// constant prefix and reported as dynamic: every defined message under the
// prefix counts as used, and none of them is called unused.
package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/closecode"
	"github.com/doku-docs/doku/internal/diag"
)

// Use is one place that names a message.
type Use struct {
	ID  string   `json:"id"`
	Pos diag.Pos `json:"pos"`
	// Direct is true where the ID is the argument of a lookup (T, N, a
	// layout call, a data field), so an undefined one is certainly used;
	// an ID-shaped constant elsewhere in Go code only marks a message used.
	Direct bool `json:"direct"`
}

// Family is a computed ID: a constant prefix and a run-time suffix.
type Family struct {
	Prefix string   `json:"prefix"`
	Pos    diag.Pos `json:"pos"`
}

// Result is everything found.
type Result struct {
	Uses     []Use    `json:"uses"`
	Families []Family `json:"families"`
	// Dynamic are lookups whose ID is neither constant nor a prefixed
	// family (a variable in a layout, say): what they use cannot be known.
	Dynamic []diag.Pos `json:"dynamic"`
	// Suffixes are constants appended to a computed ID (id + "Value"):
	// a defined ID that is a used ID plus one of them counts as used.
	Suffixes []string `json:"suffixes,omitempty"`
	// GoFiles counts the Go files scanned. Without them (a site outside
	// doku's repository) the macros' messages cannot be seen, so none is
	// called unused.
	GoFiles int `json:"goFiles"`
}

// Options say where to look, all relative to the root fs.
type Options struct {
	// Layouts holds folders of html/template files ("layouts").
	Layouts []string
	// Theme is the built-in theme; its layouts/*.html count where the
	// site has no file of the same name, as in a build.
	Theme fs.FS
	// Code is scanned for Go source; "" skips it.
	Code string
	// CloseCodes is the close-code table ("content/data/close-codes.toml").
	CloseCodes string
}

// Scan looks through root. Unreadable or unparsable files are reported to
// dc and skipped.
func Scan(root fs.FS, opt Options, dc *diag.Collector) *Result {
	r := &Result{}
	own := map[string]bool{}
	for _, dir := range opt.Layouts {
		names, _ := fs.Glob(root, path.Join(dir, "*.html"))
		for _, n := range names {
			own[path.Base(n)] = true
			r.readLayout(root, n, n, dc)
		}
	}
	if opt.Theme != nil {
		names, _ := fs.Glob(opt.Theme, "layouts/*.html")
		for _, n := range names {
			if !own[path.Base(n)] {
				r.readLayout(opt.Theme, n, "(built-in theme) "+n, dc)
			}
		}
	}
	if opt.Code != "" {
		r.scanGo(root, opt.Code, dc)
	}
	if opt.CloseCodes != "" {
		if _, err := fs.Stat(root, opt.CloseCodes); err == nil {
			if t, _ := closecode.Load(root, opt.CloseCodes, opt.CloseCodes, dc); t != nil {
				for _, e := range t.Entries {
					pos := diag.Pos{File: opt.CloseCodes, Line: e.Line, Col: 1}
					r.Uses = append(r.Uses, Use{ID: e.Name, Pos: pos, Direct: true}, Use{ID: e.Description, Pos: pos, Direct: true})
				}
			}
		}
	}
	seen := map[string]bool{}
	r.Families = slices.DeleteFunc(r.Families, func(f Family) bool {
		dup := seen[f.Prefix]
		seen[f.Prefix] = true
		return dup
	})
	return r
}

var (
	// layoutCall matches a lookup in a layout, with its ID when constant.
	layoutCall = regexp.MustCompile(`\.L\.[TN]\s+("(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `)?`)
	// idShape is what a message ID looks like: dotted words, starting with
	// an upper-case letter ("Home.PageCount", "CloseCode.1000.Name").
	idShape = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$`)
	// suffixShape is a constant appended to an ID ("Value", ".Name").
	suffixShape = regexp.MustCompile(`^\.?[A-Za-z0-9_-]+$`)
	// prefixShape is the constant part of a computed ID ("Callout.").
	prefixShape = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)*\.$`)
)

func (r *Result) readLayout(fsys fs.FS, p, file string, dc *diag.Collector) {
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		dc.Errorf(diag.Pos{File: file}, diag.Extract, "check the file's permissions", "cannot read: %v", err)
		return
	}
	r.scanLayout(file, src)
}

func (r *Result) scanLayout(file string, src []byte) {
	for _, m := range layoutCall.FindAllSubmatchIndex(src, -1) {
		line, col := diag.LineCol(src, m[0])
		pos := diag.Pos{File: file, Line: line, Col: col}
		if m[2] < 0 {
			r.Dynamic = append(r.Dynamic, pos)
			continue
		}
		id, err := strconv.Unquote(string(src[m[2]:m[3]]))
		if err != nil {
			continue
		}
		r.Uses = append(r.Uses, Use{ID: id, Pos: pos, Direct: true})
	}
}

// scanGo parses every non-test Go file under dir.
func (r *Result) scanGo(root fs.FS, dir string, dc *diag.Collector) {
	fset := token.NewFileSet()
	_ = fs.WalkDir(root, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := fs.ReadFile(root, p)
		if err != nil {
			return nil
		}
		f, err := parser.ParseFile(fset, p, src, parser.SkipObjectResolution)
		if err != nil {
			dc.Warnf(diag.Pos{File: p}, diag.Extract, "fix the Go syntax error", "not scanned: %v", err)
			return nil
		}
		r.scanGoFile(fset, f)
		r.GoFiles++
		return nil
	})
}

func (r *Result) scanGoFile(fset *token.FileSet, f *ast.File) {
	pos := func(n ast.Node) diag.Pos {
		p := fset.Position(n.Pos())
		return diag.Pos{File: p.Filename, Line: p.Line, Col: p.Column}
	}
	direct := map[*ast.BasicLit]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "T" && sel.Sel.Name != "N") || len(n.Args) == 0 {
				return true
			}
			switch a := n.Args[0].(type) {
			case *ast.BasicLit:
				direct[a] = true
			case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.CallExpr:
				// An ID from a variable: a constant elsewhere names it.
			case *ast.BinaryExpr:
			default:
				r.Dynamic = append(r.Dynamic, pos(a))
			}
		case *ast.BinaryExpr:
			if lit, ok := n.Y.(*ast.BasicLit); ok && n.Op == token.ADD && lit.Kind == token.STRING {
				if _, isLit := n.X.(*ast.BasicLit); !isLit {
					if s, err := strconv.Unquote(lit.Value); err == nil && suffixShape.MatchString(s) && !slices.Contains(r.Suffixes, s) {
						r.Suffixes = append(r.Suffixes, s)
					}
				}
			}
			if lit, ok := n.X.(*ast.BasicLit); ok && n.Op == token.ADD && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && prefixShape.MatchString(s) {
					r.Families = append(r.Families, Family{Prefix: s, Pos: pos(lit)})
				}
			}
		case *ast.BasicLit:
			if n.Kind != token.STRING {
				return true
			}
			if s, err := strconv.Unquote(n.Value); err == nil && idShape.MatchString(s) {
				r.Uses = append(r.Uses, Use{ID: s, Pos: pos(n), Direct: direct[n]})
			}
		}
		return true
	})
}

// Report compares what is used with the IDs defined (in file order, with
// their positions from pos) and reports IDs used but not defined and IDs
// defined but not used. It returns the undefined ones with their first use.
func (r *Result) Report(defined []string, pos func(id string) diag.Pos, dc *diag.Collector) (undefined []Use) {
	has := map[string]bool{}
	for _, id := range defined {
		has[id] = true
	}
	used := map[string]bool{}
	seen := map[string]bool{}
	for _, u := range r.Uses {
		used[u.ID] = true
		if !has[u.ID] && u.Direct && !seen[u.ID] {
			seen[u.ID] = true
			undefined = append(undefined, u)
		}
	}
	if r.GoFiles == 0 && len(defined) > 0 {
		dc.Warnf(pos(defined[0]), diag.ExtractUnused, "run 'doku i18n extract' in doku's own repository to find unused messages",
			"unused messages are not reported: without doku's Go source, the messages its macros use cannot be seen")
	}
	for _, id := range defined {
		if r.GoFiles == 0 {
			break
		}
		if used[id] || slices.ContainsFunc(r.Families, func(f Family) bool { return strings.HasPrefix(id, f.Prefix) }) ||
			slices.ContainsFunc(r.Suffixes, func(s string) bool { return strings.HasSuffix(id, s) && used[strings.TrimSuffix(id, s)] }) {
			continue
		}
		dc.Warnf(pos(id), diag.ExtractUnused, "delete the message, or use it in a layout or in code",
			"message %q is defined but never used", id)
	}
	for _, f := range r.Families {
		n := 0
		for _, id := range defined {
			if strings.HasPrefix(id, f.Prefix) {
				n++
			}
		}
		if n == 0 {
			dc.Warnf(f.Pos, diag.ExtractDynamic, "define at least one message "+f.Prefix+"<name> in the source catalog",
				"computed IDs %s* have no message defined", f.Prefix)
		}
	}
	for _, p := range r.Dynamic {
		dc.Warnf(p, diag.ExtractDynamic, "pass a constant ID, or a constant prefix + a name (\"Group.\" + name), so the IDs can be checked",
			"message ID computed here cannot be listed")
	}
	return undefined
}
