package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, false, true)
	p.start = time.Unix(0, 0)
	p.Stage("render", 40)
	for range 10 {
		p.Page()
	}
	if got, want := p.line(time.Unix(3, 0)), "doku: render [#######.......................] 10/40 pages  3s"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.Stage("swap", 0)
	if got, want := p.line(time.Unix(4, 0)), "doku: swap  4s"; got != want {
		t.Errorf("line = %q, want %q", got, want)
	}
	p.Finish()
	out := buf.String()
	if !strings.HasPrefix(out, "doku: render ") || !strings.Contains(out, "(10 pages)\ndoku: swap ") || strings.Contains(out, "\r") {
		t.Errorf("verbose finish without a bar wrote %q", out)
	}
}

// TestBuildOutputNotATerminal: a build whose stderr is not a terminal
// draws no bar and writes one summary line; -q writes nothing, -v the
// stages too.
func TestBuildOutputNotATerminal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"new", dir}, &stdout, &stderr); code != 0 {
		t.Fatal(stderr.String())
	}
	for _, tt := range []struct {
		flag  string
		lines int
		first string
	}{
		{"", 1, "doku: built 4 pages"},
		{"-q", 0, ""},
		{"-v", 7, "doku: load "}, // stages, summary, pages rendered, two search indexes
	} {
		stderr.Reset()
		args := []string{"build", "-root", dir, "-out", filepath.Join(dir, "out")}
		if tt.flag != "" {
			args = append(args, tt.flag)
		}
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		got := stderr.String()
		if n := strings.Count(got, "\n"); n != tt.lines || !strings.HasPrefix(got, tt.first) || strings.Contains(got, "\r") {
			t.Errorf("%v wrote %d lines, want %d starting %q:\n%s", args, n, tt.lines, tt.first, got)
		}
	}
}
