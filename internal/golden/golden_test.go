package golden

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// recorder keeps what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestCheck(t *testing.T) {
	a := txtar.Parse([]byte("-- in.md --\nx\n-- want/same --\nA\n-- want/changed --\nB\n-- want/missing --\nC\n"))
	r := &recorder{TB: t}
	Check(r, "t.txtar", a, map[string][]byte{
		"want/same":    []byte("A\n"),
		"want/changed": []byte("b\n"),
		"want/extra":   []byte("D\n"),
	}, false)
	got := strings.Join(r.msgs, "\n")
	for _, want := range []string{"want/changed differs", "want/missing: expected but not produced", "want/extra: produced but not expected"} {
		if !strings.Contains(got, want) {
			t.Errorf("reports lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "want/same") || len(r.msgs) != 3 {
		t.Errorf("want exactly three reports, got:\n%s", got)
	}
}

func TestCheckWithoutWant(t *testing.T) {
	r := &recorder{TB: t}
	Check(r, "t.txtar", txtar.Parse([]byte("-- in.md --\nx\n")), map[string][]byte{"want/a": nil}, false)
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "-update") {
		t.Errorf("an archive without want/ sections must say to run -update: %q", r.msgs)
	}
}

func TestUpdate(t *testing.T) {
	file := filepath.Join(t.TempDir(), "t.txtar")
	a := txtar.Parse([]byte("-- in.md --\nx\n-- want/old --\nO\n"))
	Check(t, file, a, map[string][]byte{"want/b": []byte("B\n"), "want/a": []byte("A\n")}, true)
	b, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range b.Files {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "in.md want/a want/b" {
		t.Errorf("rewritten archive holds %s; want inputs kept, old want/ dropped, new ones sorted", got)
	}
}
