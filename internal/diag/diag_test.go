package diag

import (
	"testing"
)

func TestLineCol(t *testing.T) {
	src := []byte("ab\ncdé\n\nx")
	cases := []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {8, 3, 1}, {9, 4, 1},
		{-5, 1, 1}, {100, 4, 2},
	}
	for _, c := range cases {
		if l, col := LineCol(src, c.off); l != c.line || col != c.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", c.off, l, col, c.line, c.col)
		}
	}
}

func TestAllSortsAndDropsRepeats(t *testing.T) {
	var c Collector
	c.Warnf(Pos{File: "b.md", Line: 2, Col: 1}, Link, "", "second")
	c.Errorf(Pos{File: "a.md", Line: 9, Col: 3}, Macro, "hint", "first")
	c.Warnf(Pos{File: "b.md", Line: 2, Col: 1}, Link, "", "second")
	c.Warnf(Pos{File: "b.md", Line: 1}, Link, "", "zeroth of b")
	got := c.All()
	want := []string{"a.md:9:3", "b.md:1", "b.md:2:1"}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Pos.String() != w {
			t.Errorf("[%d] at %s, want %s", i, got[i].Pos, w)
		}
	}
	if !c.HasErrors() || c.Count(Warning) != 3 {
		t.Errorf("HasErrors=%v warnings=%d", c.HasErrors(), c.Count(Warning))
	}
	if s := got[0].String(); s != "a.md:9:3: error: first [macro]\n\thint: hint" {
		t.Errorf("String() = %q", s)
	}
}
