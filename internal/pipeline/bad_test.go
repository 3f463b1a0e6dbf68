package pipeline

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// TestBadInput runs every testdata/bad/*.txtar through a real build of the
// basic fixture: the case's files replace or join the fixture's, then doku
// builds over the fixture's previous output. The archive's comment says,
// one directive a line, what must happen:
//
//	want error|warning FILE:LINE:COL MESSAGE   a diagnostic exactly there, whose message contains MESSAGE
//	generate NAME PATH                        write generated input (see generators) at PATH
//	symlink PATH TARGET                       make PATH a symbolic link to TARGET
//	output has|lacks FILE|* TEXT              the new output does (not) contain TEXT
//	only errors                               no error but the wanted ones (no follow-on errors)
//
// A file section named edit:PATH changes a fixture file instead of
// replacing it: its text up to a line "=>" is replaced by the text after.
// A case with a wanted error must fail with ErrFailed and leave the previous
// output byte for byte; one without must build. Either way nothing outside
// the output folder changes, no temporary folder is left and doku does not
// panic. Files named ../outside/... lie beside the site, outside both the
// site and its content tree.
func TestBadInput(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases in testdata/bad")
	}
	base, err := txtar.ParseFile("testdata/basic.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			if testing.Short() && generators[name] != nil {
				t.Skip("generates a large input")
			}
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			runBadCase(t, base, a)
		})
	}
}

// directive is one line of a case's comment.
type directive struct {
	verb string
	args []string
	// rest is the text after the arguments a directive takes.
	rest string
}

func parseDirectives(t *testing.T, comment []byte) []directive {
	t.Helper()
	var ds []directive
	take := map[string]int{"want": 2, "generate": 2, "symlink": 2, "output": 2, "only": 1}
	for _, line := range strings.Split(string(comment), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || take[f[0]] == 0 {
			continue
		}
		n := take[f[0]]
		if len(f) < 1+n {
			t.Fatalf("directive %q: want %d arguments", line, n)
		}
		rest := strings.TrimSpace(line)
		for range 1 + n {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, strings.Fields(rest)[0]))
		}
		ds = append(ds, directive{verb: f[0], args: f[1 : 1+n], rest: rest})
	}
	return ds
}

func runBadCase(t *testing.T, base, a *txtar.Archive) {
	tmp := t.TempDir()
	root := filepath.Join(tmp, "site-root")
	out := filepath.Join(root, "site")
	write := func(name string, data []byte) {
		p := filepath.Join(root, filepath.FromSlash(name))
		if !strings.HasPrefix(p, tmp+string(filepath.Separator)) {
			t.Fatalf("case file %s lies outside the test folder", name)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range base.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			write(f.Name, f.Data)
		}
	}
	if res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme}); err != nil {
		t.Fatalf("build of the unchanged fixture: %v\n%s", err, diagText(res.Diagnostics, root))
	}
	previous := snapshot(t, out)

	ds := parseDirectives(t, a.Comment)
	for _, f := range a.Files {
		name, isEdit := strings.CutPrefix(f.Name, "edit:")
		if !isEdit {
			write(name, f.Data)
			continue
		}
		old, repl, ok := bytes.Cut(f.Data, []byte("=>\n"))
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if !ok || err != nil || !bytes.Contains(src, old) {
			t.Fatalf("edit:%s: want 'old text', a line '=>', 'new text', old text in the file (%v)", name, err)
		}
		write(name, bytes.Replace(src, old, repl, 1))
	}
	fails := false
	for _, d := range ds {
		switch d.verb {
		case "generate":
			gen := generators[d.args[0]]
			if gen == nil {
				t.Fatalf("no generator %q", d.args[0])
			}
			write(d.args[1], gen())
		case "symlink":
			p := filepath.Join(root, filepath.FromSlash(d.args[0]))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			_ = os.RemoveAll(p)
			if err := os.Symlink(filepath.FromSlash(d.args[1]), p); err != nil {
				t.Skipf("cannot make symbolic links here: %v", err)
			}
		case "want":
			fails = fails || d.args[0] == "error"
		}
	}
	outside := snapshotExcept(t, tmp, out)

	res, err := Build(Options{Root: root, Out: out, Theme: doku.Theme})
	if res == nil {
		t.Fatalf("build: no result, error %v", err)
	}
	got := diagText(res.Diagnostics, root)
	var failed *ErrFailed
	switch {
	case fails && !errors.As(err, &failed):
		t.Errorf("build error = %v, want ErrFailed", err)
	case !fails && err != nil:
		t.Errorf("build error = %v, want none", err)
	}
	for _, d := range ds {
		if d.verb != "want" {
			continue
		}
		found := false
		for _, g := range res.Diagnostics {
			pos := strings.TrimPrefix(g.Pos.String(), filepath.ToSlash(root)+"/")
			if g.Severity.String() == d.args[0] && pos == d.args[1] && strings.Contains(g.Message, d.rest) {
				found = true
				if g.Severity == diag.Error && g.Hint == "" {
					t.Errorf("error without a hint: %v", g)
				}
			}
		}
		if !found {
			t.Errorf("no %s at %s saying %q; got:\n%s", d.args[0], d.args[1], d.rest, got)
		}
	}
	t.Logf("doku said:\n%s", got)
	for _, d := range ds {
		if d.verb != "only" {
			continue
		}
		wanted := 0
		for _, w := range ds {
			if w.verb == "want" && w.args[0] == "error" {
				wanted++
			}
		}
		if n := len(slices.DeleteFunc(slices.Clone(res.Diagnostics), func(g diag.Diagnostic) bool { return g.Severity != diag.Error })); n != wanted {
			t.Errorf("%d errors, want only the %d listed", n, wanted)
		}
	}

	if fails {
		if diff := cmp.Diff(previous, snapshot(t, out)); diff != "" {
			t.Errorf("previous output changed:\n%.2000s", diff)
		}
	} else {
		checkOutputText(t, ds, out)
	}
	if diff := cmp.Diff(outside, snapshotExcept(t, tmp, out)); diff != "" {
		t.Errorf("files outside the output changed (a temporary folder left?):\n%.2000s", diff)
	}
}

// checkOutputText checks the "output has|lacks" directives.
func checkOutputText(t *testing.T, ds []directive, out string) {
	t.Helper()
	for _, d := range ds {
		if d.verb != "output" {
			continue
		}
		files := []string{filepath.Join(out, filepath.FromSlash(d.args[1]))}
		if d.args[1] == "*" {
			files = nil
			_ = filepath.WalkDir(out, func(p string, e fs.DirEntry, err error) error {
				if err == nil && !e.IsDir() {
					files = append(files, p)
				}
				return err
			})
		}
		n := 0
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Errorf("output %s: %v", d.args[1], err)
				continue
			}
			if bytes.Contains(data, []byte(d.rest)) {
				n++
				if d.args[0] == "lacks" {
					t.Errorf("%s contains %q", f, d.rest)
				}
			}
		}
		if d.args[0] == "has" && n == 0 {
			t.Errorf("output %s lacks %q", d.args[1], d.rest)
		}
	}
}

// snapshotExcept maps each file and symbolic link below dir, but not below
// skip, to its content or target. The files doku keeps beside the output
// skip for its own use (.site.lock, .site.manifest) are left out; folders
// there, such as a temporary output left behind, are not.
func snapshotExcept(t *testing.T, dir, skip string) map[string]string {
	t.Helper()
	m := map[string]string{}
	own := filepath.Join(filepath.Dir(skip), "."+filepath.Base(skip)+".")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case p == skip:
			return fs.SkipDir
		case !d.IsDir() && strings.HasPrefix(p, own):
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			m[p] = "-> " + target
			return err
		case d.IsDir():
			m[p+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		m[p] = fmt.Sprintf("%d bytes, %x", len(data), sha256.Sum256(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
