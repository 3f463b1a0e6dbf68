package closecode

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

const file = "content/data/close-codes.toml"

// entry is a [[code]] table of exactly five lines, so that in a file made
// of them the k-th (from 0) starts on line 1+5k.
func entry(from, to int) string {
	return "[[code]]\nfrom = " + itoa(from) + "\nto = " + itoa(to) +
		"\nname = \"N" + itoa(from) + "\"\ndescription = \"D" + itoa(from) + "\"\n"
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func load(t *testing.T, src string) (*Table, error, []diag.Diagnostic) {
	t.Helper()
	var dc diag.Collector
	tab, err := Load(fstest.MapFS{Path: {Data: []byte(src)}}, Path, file, &dc)
	return tab, err, dc.All()
}

func TestLoadValid(t *testing.T) {
	tests := []struct {
		name string
		src  string
		// wantFrom and wantLine list the entries in code order.
		wantFrom, wantLine []int
	}{
		{
			name:     "in order",
			src:      entry(0, 999) + entry(1000, 2999) + entry(3000, 4999),
			wantFrom: []int{0, 1000, 3000},
			wantLine: []int{1, 6, 11},
		},
		{
			name:     "out of order, sorted by code",
			src:      entry(3000, 4999) + entry(0, 999) + entry(1000, 2999),
			wantFrom: []int{0, 1000, 3000},
			wantLine: []int{6, 11, 1},
		},
		{
			name:     "single codes and comments",
			src:      "# close codes\n\n" + entry(0, 999) + entry(1000, 1000) + entry(1001, 4999),
			wantFrom: []int{0, 1000, 1001},
			wantLine: []int{3, 8, 13},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err, ds := load(t, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if len(ds) > 0 {
				t.Errorf("unexpected diagnostics: %v", ds)
			}
			if tab.Path != file {
				t.Errorf("Path = %q, want %q", tab.Path, file)
			}
			var from, line []int
			for _, e := range tab.Entries {
				from = append(from, e.From)
				line = append(line, e.Line)
				if e.Name != "N"+itoa(e.From) || e.Description != "D"+itoa(e.From) {
					t.Errorf("entry %d: name %q, description %q", e.From, e.Name, e.Description)
				}
			}
			if diff := cmp.Diff(tt.wantFrom, from); diff != "" {
				t.Errorf("From (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantLine, line); diff != "" {
				t.Errorf("Line (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	var dc diag.Collector
	tab, err := Load(fstest.MapFS{}, Path, file, &dc)
	if tab != nil || err != nil || len(dc.All()) > 0 {
		t.Errorf("Load of a missing file = %v, %v, %v; want nil, nil and no diagnostics", tab, err, dc.All())
	}
}

// wantDiag is an expected error: its line (0 for the whole file) and a
// part of its message.
type wantDiag struct {
	line int
	msg  string
}

// TestLoadProblems checks that each broken table is reported at the
// [[code]] line of the entry at fault.
func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []wantDiag
		// exact requires want to be all the diagnostics, not a part.
		exact bool
	}{
		{
			name:  "gap",
			src:   entry(0, 999) + entry(1000, 2499) + entry(3000, 4999),
			want:  []wantDiag{{11, "codes 2500–2999 are not covered"}},
			exact: true,
		},
		{
			name:  "gap at the start",
			src:   entry(1, 999) + entry(1000, 4999),
			want:  []wantDiag{{1, "codes 0–0 are not covered"}},
			exact: true,
		},
		{
			name:  "gap at the end",
			src:   entry(0, 999) + entry(1000, 2999),
			want:  []wantDiag{{0, "codes 3000–4999 are not covered"}},
			exact: true,
		},
		{
			name:  "overlap",
			src:   entry(0, 999) + entry(1000, 3499) + entry(3000, 4999),
			want:  []wantDiag{{11, "3000–4999 overlaps the entry at line 6"}},
			exact: true,
		},
		{
			name:  "duplicate",
			src:   entry(0, 999) + entry(1000, 2999) + entry(1000, 2999) + entry(3000, 4999),
			want:  []wantDiag{{11, "code 1000 is listed twice (also at line 6)"}},
			exact: true,
		},
		{
			name: "from > to",
			src:  entry(0, 999) + entry(1000, 2999) + entry(4999, 3000),
			want: []wantDiag{{11, "bad range 4999–3000"}},
		},
		{
			name:  "to > 4999",
			src:   entry(0, 999) + entry(1000, 2999) + entry(3000, 5000),
			want:  []wantDiag{{11, "bad range 3000–5000"}},
			exact: true,
		},
		{
			name: "negative from",
			src:  entry(-1, 999) + entry(1000, 4999),
			want: []wantDiag{{1, "bad range -1–999"}},
		},
		{
			name: "single code without to",
			src: entry(0, 999) +
				"[[code]]\nfrom = 1000\nname = \"N\"\ndescription = \"D\"\n" + // line 6, to is 0
				entry(1001, 4999),
			want: []wantDiag{{6, "bad range 1000–0"}},
		},
		{
			name: "missing name",
			src: entry(0, 999) +
				"[[code]]\nfrom = 1000\nto = 2999\nconstant = \"X\"\ndescription = \"D\"\n" +
				entry(3000, 4999),
			want:  []wantDiag{{6, "entry 1000 has no name or description key"}},
			exact: true,
		},
		{
			name: "missing description",
			src: entry(0, 999) + entry(1000, 2999) +
				"[[code]]\nfrom = 3000\nto = 4999\nname = \"N\"\n",
			want:  []wantDiag{{11, "entry 3000 has no name or description key"}},
			exact: true,
		},
		{
			name: "unknown key",
			src: entry(0, 999) + entry(1000, 2999) +
				"[[code]]\nfrom = 3000\nto = 4999\nname = \"N\"\ndescription = \"D\"\ncolour = \"red\"\n",
			// colour is set on line 16, in the entry starting on line 11.
			want:  []wantDiag{{16, `unknown key "code.colour"`}},
			exact: true,
		},
		{
			name: "unknown key in the first of several entries",
			src: "[[code]]\nfrom = 0\nto = 999\nnmae = \"N\"\nname = \"N\"\ndescription = \"D\"\n" +
				entry(1000, 2999) + entry(3000, 4999),
			want:  []wantDiag{{4, `unknown key "code.nmae"`}},
			exact: true,
		},
		{
			name:  "unknown top-level table",
			src:   entry(0, 4999) + "[meta]\nauthor = \"x\"\n",
			want:  []wantDiag{{6, `unknown key "meta"`}},
			exact: true,
		},
		{
			name: "header with a trailing comment",
			src: entry(0, 999) +
				"[[code]] # the rest\nfrom = 1000\nto = 2999\nname = \"N\"\ndescription = \"D\"\n" +
				entry(2000, 4999),
			want:  []wantDiag{{11, "2000–4999 overlaps the entry at line 6"}},
			exact: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err, ds := load(t, tt.src)
			if err != nil || tab == nil {
				t.Fatalf("Load: %v, %v; want a table (the file is valid TOML)", tab, err)
			}
			for _, d := range ds {
				if d.Severity != diag.Error || d.Kind != "close-codes" || d.Pos.File != file {
					t.Errorf("diagnostic %v: want an error of kind close-codes in %s", d, file)
				}
			}
			for _, w := range tt.want {
				found := false
				for _, d := range ds {
					if d.Pos.Line == w.line && strings.Contains(d.Message, w.msg) {
						found = true
					}
				}
				if !found {
					t.Errorf("no diagnostic at line %d about %q; got %v", w.line, w.msg, ds)
				}
			}
			if tt.exact && len(ds) != len(tt.want) {
				t.Errorf("got %d diagnostics, want %d: %v", len(ds), len(tt.want), ds)
			}
		})
	}
}

func TestLoadInvalidTOML(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		wantLine int
	}{
		{name: "two equals signs", src: entry(0, 999) + "[[code]]\nfrom = 1000\nto = = 4999\n", wantLine: 8},
		{name: "unclosed string", src: "[[code]]\nfrom = 0\nto = 4999\nname = \"N\ndescription = \"D\"\n", wantLine: 4},
		{name: "wrong type", src: "[[code]]\nfrom = \"zero\"\nto = 4999\n", wantLine: 2},
		{
			name:     "wrong type in the first of two entries",
			src:      "[[code]]\nfrom = 0\nto = \"999\"\nname = \"N\"\ndescription = \"D\"\n" + entry(1000, 4999),
			wantLine: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err, ds := load(t, tt.src)
			if err == nil || tab != nil {
				t.Errorf("Load = %v, %v; want no table and an error", tab, err)
			}
			if len(ds) != 1 {
				t.Fatalf("got %d diagnostics, want 1: %v", len(ds), ds)
			}
			d := ds[0]
			if d.Severity != diag.Error || d.Pos.File != file || d.Pos.Line != tt.wantLine ||
				!strings.Contains(d.Message, "not valid TOML") {
				t.Errorf("diagnostic = %v; want an error at %s:%d about invalid TOML", d, file, tt.wantLine)
			}
		})
	}
}
