package apidata

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"jsondata/GroupData.json": {Data: []byte(`[{"WebSockets API": {"overview": ["WebSockets API"], "interfaces": ["WebSocket", "CloseEvent"]}}]`)},
		"jsondata/InterfaceData.json": {Data: []byte(`[{
			"CloseEvent": {"inh": "Event", "impl": []},
			"Event": {"inh": "", "impl": []},
			"A": {"inh": "B"}, "B": {"inh": "A"}
		}]`)},
	}
	var dc diag.Collector
	d := Load(fsys, "files", &dc)
	if ds := dc.All(); len(ds) > 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	g, ok := d.Group("WebSockets API")
	if !ok || !slices.Equal(g.Interfaces, []string{"WebSocket", "CloseEvent"}) {
		t.Errorf("group = %+v, %v", g, ok)
	}
	if got := d.Ancestors("CloseEvent"); !slices.Equal(got, []string{"Event"}) {
		t.Errorf("Ancestors(CloseEvent) = %v", got)
	}
	if got := d.Ancestors("A"); !slices.Equal(got, []string{"B"}) {
		t.Errorf("Ancestors(A) with a cycle = %v, want [B]", got)
	}
	if !d.Has("Event") || d.Has("Nope") {
		t.Error("Has is wrong")
	}
	var none *Data
	if _, ok := none.Group("x"); ok || none.Has("x") || none.Ancestors("x") != nil {
		t.Error("nil Data should hold nothing")
	}
}

func TestLoadReportsBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"jsondata/GroupData.json":     {Data: []byte(`{"not": "a list"}`)},
		"jsondata/InterfaceData.json": {Data: []byte(`[{"X": {"inh": 3}}]`)},
	}
	var dc diag.Collector
	d := Load(fsys, "files", &dc)
	ds := dc.All()
	if len(ds) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %v", len(ds), ds)
	}
	for _, x := range ds {
		if x.Severity != diag.Warning || !strings.HasPrefix(x.Pos.File, "files/jsondata/") {
			t.Errorf("diagnostic %v: want a warning on the file", x)
		}
	}
	if _, ok := d.Group("x"); ok {
		t.Error("bad group data used")
	}
	if len(Load(fstest.MapFS{}, "files", &dc).Groups) != 0 {
		t.Error("no files should give no data")
	}
}
