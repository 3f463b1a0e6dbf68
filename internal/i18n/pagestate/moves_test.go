package pagestate

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestMoves(t *testing.T) {
	r := newRepo(t)
	long := strings.Repeat("A line that stays the same.\n", 20)
	c1 := r.commit("content/en-us/a/index.md", page("A", long+"one", ""), "content/en-us/x/index.md", page("X", "x", ""))
	r.git("mv", "content/en-us/a", "content/en-us/b")
	r.commit()
	r.git("mv", "content/en-us/b", "content/en-us/c")
	c3 := r.commit("content/en-us/c/index.md", page("C", long+"two", ""))
	dir := filepath.Join(r.dir, "content")

	if got := Head(dir); got != c3 {
		t.Errorf("Head = %q, want %q", got, c3)
	}
	if got := Head(t.TempDir()); got != "" {
		t.Errorf("Head outside a repository = %q", got)
	}
	h := Load(dir, SourceFolder(), nil)
	if got := h.Last("en-us/c/index.md"); got != c3 {
		t.Errorf("Last = %q, want %q", got, c3)
	}
	if got := h.Last("en-us/nothing/index.md"); got != "" {
		t.Errorf("Last of a file git never saw = %q", got)
	}
	moved, err := h.Renames()
	if err != nil {
		t.Fatal(err)
	}
	for _, old := range []string{"en-us/a/index.md", "en-us/b/index.md"} {
		if moved[old] != "en-us/c/index.md" {
			t.Errorf("%s moved to %q, want en-us/c/index.md (all: %v)", old, moved[old], moved)
		}
	}
	if len(moved) != 2 {
		t.Errorf("renames %v, want two", moved)
	}
	diff, err := h.DiffMoved(c1, "en-us/a/index.md", "en-us/c/index.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-one", "+two", "-title: A", "+title: C"} {
		if !strings.Contains(diff, "\n"+want+"\n") {
			t.Errorf("the diff lacks %q:\n%s", want, diff)
		}
	}
	if _, err := h.DiffMoved("--output=/tmp/x", "a", "b"); err == nil {
		t.Error("an option passed as a commit was run")
	}
}
