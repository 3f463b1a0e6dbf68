package bench

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditLeavesTheTreeAlone: the bench edits its linked copy of a tree,
// never the tree, and restore brings the copy back to the tree's bytes.
func TestEditLeavesTheTreeAlone(t *testing.T) {
	dir, _ := tree(t)
	work := filepath.Join(t.TempDir(), "work")
	if err := mirror(dir, work); err != nil {
		t.Fatal(err)
	}
	page, err := pickPage(work)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := pickPage(work); again != page {
		t.Errorf("pickPage gave %s, then %s", page, again)
	}
	orig, copyPath := filepath.Join(dir, page), filepath.Join(work, page)
	before, _ := os.ReadFile(orig)
	if err := edit(copyPath, addParagraph); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(orig)
	edited, _ := os.ReadFile(copyPath)
	if string(after) != string(before) {
		t.Error("editing the copy changed the tree's page")
	}
	if !strings.HasSuffix(string(edited), "added by the bench.\n") {
		t.Errorf("edited page ends %q", edited[max(0, len(edited)-40):])
	}
	if err := restore(orig, copyPath); err != nil {
		t.Fatal(err)
	}
	if back, _ := os.ReadFile(copyPath); string(back) != string(before) {
		t.Error("restore did not bring the page back")
	}
}

func TestChangeMessage(t *testing.T) {
	got, err := changeMessage([]byte("[A]\nhash = \"x\"\nother = \"Hallo\"\n[B]\nother = \"Welt\"\n"))
	if err != nil || !strings.Contains(string(got), `other = "~Hallo"`) || !strings.Contains(string(got), `other = "Welt"`) {
		t.Errorf("changeMessage = %q, %v", got, err)
	}
	if _, err := changeMessage([]byte("# no messages\n")); err == nil {
		t.Error("a catalog without a message: no error")
	}
}

func TestMedian(t *testing.T) {
	r := &row{runs: []Run{{Wall: 3, CPU: 30, MaxRSS: 5}, {Wall: 1, CPU: 20, MaxRSS: 9}, {Wall: 2, CPU: 10, MaxRSS: 7}}}
	if m := r.median(); m.Wall != 2 || m.CPU != 20 || m.MaxRSS != 9 {
		t.Errorf("median = %+v, want wall 2, CPU 20, the highest peak 9", m)
	}
}
