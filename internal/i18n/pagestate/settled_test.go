package pagestate

import (
	"testing"
)

// HistoryKey changes with HEAD, and with a commit added to the object
// store without moving HEAD (a fetch: a page may name it).
func TestHistoryKey(t *testing.T) {
	if got := HistoryKey(t.TempDir()); got != NotARepo {
		t.Errorf("outside a repository: %q", got)
	}
	r := newRepo(t)
	r.commit("en-us/a/index.md", "a")
	key := HistoryKey(r.dir)
	if HistoryKey(r.dir) != key {
		t.Fatal("two keys of one repository")
	}
	tree := r.git("rev-parse", "HEAD^{tree}")
	r.git("commit-tree", "-m", "elsewhere", tree) // not on any branch
	next := HistoryKey(r.dir)
	if next == key {
		t.Error("a commit added without moving HEAD kept the key")
	}
	r.commit("en-us/a/index.md", "b")
	if HistoryKey(r.dir) == next {
		t.Error("a new HEAD kept the key")
	}
}
