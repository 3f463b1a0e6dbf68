package doku

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

const diagPath = "github.com/doku-docs/doku/internal/diag"

// TestKindsAreConstants type-checks every package of doku (tests aside)
// and fails where a diagnostic kind is written as a string: a literal, a
// string built with +, an untyped constant of another package, or a
// conversion to diag.Kind. With type Kind string the compiler takes
// diag.Errorf(pos, "lnik", ...) as it is, so this test is what keeps
// diag.Kinds the list of every kind a user can see. It also fails on an
// Errorf or Warnf whose kind the table says never comes with that
// severity.
func TestKindsAreConstants(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the whole module")
	}
	fset := token.NewFileSet()
	used := map[diag.Kind]bool{}
	for _, p := range modulePackages(t) {
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
		var files []*ast.File
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		conf := types.Config{Importer: importer.ForCompiler(fset, "gc", p.exports)}
		if _, err := conf.Check(p.ImportPath, fset, files, info); err != nil {
			t.Fatalf("%s: %v", p.ImportPath, err)
		}
		for _, f := range files {
			checkKinds(t, fset, p.ImportPath, f, info, used)
		}
	}
	for _, k := range diag.Kinds {
		if !used[k.Kind] {
			t.Errorf("kind %q is reported nowhere: delete its constant and row in internal/diag/kinds.go", k.Kind)
		}
	}
}

// checkKinds reports every kind in f that is not a constant of package
// diag, and every Errorf or Warnf call whose kind never has its severity;
// it marks the kinds f names in used.
func checkKinds(t *testing.T, fset *token.FileSet, pkg string, f *ast.File, info *types.Info, used map[diag.Kind]bool) {
	t.Helper()
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			// kinds.go: the constants are where the strings belong.
			return !(pkg == diagPath && n.Tok == token.CONST)
		case *ast.CallExpr:
			checkSeverity(t, fset, n, info)
		}
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		tv, ok := info.Types[e]
		if !ok || tv.IsType() || !isKind(tv.Type) {
			return true
		}
		at := fset.Position(e.Pos())
		if c, ok := e.(*ast.CallExpr); ok && pkg != diagPath && info.Types[c.Fun].IsType() {
			t.Errorf("%s: a diag.Kind made by conversion: use a constant of internal/diag/kinds.go", at)
			return false
		}
		if tv.Value == nil {
			return true
		}
		if pkg != diagPath { // the table names every kind
			used[diag.Kind(constant.StringVal(tv.Value))] = true
		}
		if !isDiagConst(ast.Unparen(e), info) {
			t.Errorf("%s: kind %s written as a string: use its constant from internal/diag/kinds.go (doku kinds lists them)", at, tv.Value)
		} else if _, ok := diag.Kind(constant.StringVal(tv.Value)).Info(); !ok {
			t.Errorf("%s: kind %s has no row in diag.Kinds", at, tv.Value)
		}
		return false
	})
}

// checkSeverity fails on dc.Errorf(pos, K, ...) for a kind K the table
// says is only ever a warning (or a flaw), and on Warnf with an error kind.
func checkSeverity(t *testing.T, fset *token.FileSet, call *ast.CallExpr, info *types.Info) {
	t.Helper()
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) < 2 {
		return
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != diagPath {
		return
	}
	want := map[string]diag.Reported{"Errorf": diag.Errors, "Warnf": diag.Warnings}[fn.Name()]
	tv := info.Types[call.Args[1]]
	if want == diag.Mixed || tv.Value == nil {
		return
	}
	k, _ := diag.Kind(constant.StringVal(tv.Value)).Info()
	if k.Reported != want && k.Reported != diag.Mixed {
		t.Errorf("%s: %s with kind %s, which diag.Kinds says is reported as %s: correct the table or the call",
			fset.Position(call.Pos()), fn.Name(), k.Kind, k.Reported)
	}
}

func isKind(typ types.Type) bool {
	n, ok := typ.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == diagPath && n.Obj().Name() == "Kind"
}

// isDiagConst reports whether e names a constant declared in package diag.
func isDiagConst(e ast.Expr, info *types.Info) bool {
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	c, ok := info.Uses[id].(*types.Const)
	return ok && c.Pkg() != nil && c.Pkg().Path() == diagPath
}

// goPackage is what go list tells of a package of the module.
type goPackage struct {
	ImportPath, Dir string
	GoFiles         []string
	Module          *struct{ Main bool }
	export          map[string]string
}

// exports opens the export data the go command compiled for an import:
// dependencies are read as the compiler left them, only doku's own
// packages are checked from source.
func (p goPackage) exports(path string) (io.ReadCloser, error) {
	f, ok := p.export[path]
	if !ok || f == "" {
		return nil, errors.New("no export data for " + path)
	}
	return os.Open(f)
}

// modulePackages lists the module's packages with the export data of
// everything they import.
func modulePackages(t *testing.T) []goPackage {
	cmd := exec.Command("go", "list", "-export", "-deps", "-json=ImportPath,Dir,GoFiles,Module,Export", "./...")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	export := map[string]string{}
	var own []goPackage
	dec := json.NewDecoder(out)
	for {
		var p struct {
			goPackage
			Export string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		export[p.ImportPath] = p.Export
		if p.Module != nil && p.Module.Main {
			p.goPackage.export = export
			own = append(own, p.goPackage)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	if len(own) < 10 {
		t.Fatalf("go list found %d packages of doku", len(own))
	}
	return own
}
