package diag

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the list of kinds in docs/design.md from Kinds")

// TestKindsTable checks that kinds.go declares each kind once, as a
// constant with a comment, and that Kinds has one row per constant, in the
// same order, whose meaning is that comment: the comment a reader of the
// code sees and the line `doku kinds` prints cannot differ.
func TestKindsTable(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "kinds.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	type decl struct {
		name, value, doc string
	}
	var consts []decl
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Kind" {
				continue
			}
			v, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			consts = append(consts, decl{vs.Names[0].Name, v, strings.TrimSpace(vs.Doc.Text())})
		}
	}
	if len(consts) != len(Kinds) {
		t.Errorf("kinds.go declares %d kinds, Kinds has %d rows", len(consts), len(Kinds))
	}
	seen := map[Kind]bool{}
	for i, c := range consts {
		if c.doc == "" || strings.Contains(c.doc, "\n") {
			t.Errorf("%s: the comment must be one line saying what the kind means", c.name)
		}
		if seen[Kind(c.value)] {
			t.Errorf("%s: %q is declared twice", c.name, c.value)
		}
		seen[Kind(c.value)] = true
		if i >= len(Kinds) {
			continue
		}
		if row := Kinds[i]; string(row.Kind) != c.value || row.Meaning != c.doc {
			t.Errorf("Kinds[%d] = {%q, %q}, want {%s (%q), %q} as declared", i, row.Kind, row.Meaning, c.name, c.value, c.doc)
		}
	}
}

func TestKindInfo(t *testing.T) {
	if i, ok := CatalogStale.Info(); !ok || i.Reported != Warnings || CatalogStale.Meaning() != i.Meaning || i.Meaning == "" {
		t.Errorf("CatalogStale.Info() = %+v, %v", i, ok)
	}
	if i, ok := Kind("lnik").Info(); ok || Kind("lnik").Meaning() != "" {
		t.Errorf("an unregistered kind has a row: %+v", i)
	}
	if i, ok := LookupKind("close-codes"); !ok || i.Kind != CloseCodes {
		t.Errorf(`LookupKind("close-codes") = %+v, %v`, i, ok)
	}
	for r, want := range map[Reported]string{Mixed: "error or warning", Errors: "error", Warnings: "warning", Flaws: "warning (error with -strict)"} {
		if r.String() != want {
			t.Errorf("Reported(%d) = %q, want %q", r, r, want)
		}
	}
}

// The list of kinds in docs/design.md sits between these lines.
const (
	docsFile  = "../../docs/design.md"
	docsBegin = "<!-- kinds: go test ./internal/diag -update writes this table from diag.Kinds -->\n"
	docsEnd   = "<!-- end of kinds -->\n"
)

// kindsMarkdown is the table docs/design.md shows.
func kindsMarkdown() string {
	var b strings.Builder
	b.WriteString("| kind | severity | means |\n|---|---|---|\n")
	for _, k := range Kinds {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", k.Kind, k.Reported, strings.ReplaceAll(k.Meaning, "|", `\|`))
	}
	return b.String()
}

// TestKindsInDocs keeps the design document's list of kinds equal to
// Kinds; -update rewrites it.
func TestKindsInDocs(t *testing.T) {
	src, err := os.ReadFile(docsFile)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, ok1 := strings.Cut(string(src), docsBegin)
	got, after, ok2 := strings.Cut(rest, docsEnd)
	if !ok1 || !ok2 {
		t.Fatalf("%s has no list of kinds between %q and %q", docsFile, docsBegin, docsEnd)
	}
	want := kindsMarkdown()
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(docsFile, []byte(before+docsBegin+want+docsEnd+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the kinds in %s differ from diag.Kinds; run go test ./internal/diag -update\ngot:\n%s\nwant:\n%s", docsFile, got, want)
}
