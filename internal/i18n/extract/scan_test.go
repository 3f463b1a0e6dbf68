package extract

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"
)

var tree = fstest.MapFS{
	"layouts/page.html": {Data: []byte(`<h1>{{.L.T "Page.Title"}}</h1>
<p>{{.L.N "Page.Count" 3}} {{$.L.T "Page.New"}} {{.L.T .Label}}</p>`)},
	"internal/x/x.go": {Data: []byte(`package x

func f(l interface{ T(string, ...any) string }, kind string) {
	_ = l.T("Code.Direct")
	_ = l.T("Group." + kind)
	_ = label("Code.Passed")
	_ = l.T("Code.Undefined")
	id := "Code.Flag"
	_ = l.T(id + "Value")
}
`)},
	"internal/x/x_test.go": {Data: []byte(`package x

var _ = "Test.Only"
`)},
	"content/data/close-codes.toml": {Data: []byte(`[[code]]
from = 0
to = 4999
sendable = false
close-method = false
name = "CloseCode.All.Name"
description = "CloseCode.All.Description"
`)},
}

func TestScan(t *testing.T) {
	dc := &diag.Collector{}
	r := Scan(tree, Options{Layouts: []string{"layouts"}, Code: ".", CloseCodes: "content/data/close-codes.toml"}, dc)
	defined := []string{"Page.Title", "Page.Count", "Code.Direct", "Code.Passed", "Group.a", "Group.b",
		"CloseCode.All.Name", "CloseCode.All.Description", "Unused.One", "Test.Only", "Code.FlagValue"}
	undefined := r.Report(defined, func(id string) diag.Pos { return diag.Pos{File: "en-US.toml", Line: slices.Index(defined, id) + 1} }, dc)
	var got []string
	for _, u := range undefined {
		got = append(got, u.ID+"@"+u.Pos.String())
	}
	if want := []string{"Page.New@layouts/page.html:2:31", "Code.Undefined@internal/x/x.go:7:10"}; !slices.Equal(got, want) {
		t.Errorf("undefined %q, want %q", got, want)
	}
	var warns []string
	for _, d := range dc.All() {
		warns = append(warns, d.Pos.String()+" "+string(d.Kind))
	}
	want := []string{
		"en-US.toml:9 extract-unused",  // Unused.One
		"en-US.toml:10 extract-unused", // Test.Only: tests do not count
		"layouts/page.html:2:51 extract-dynamic",
	}
	if !slices.Equal(warns, want) {
		t.Errorf("diagnostics %q, want %q", warns, want)
	}
	if len(r.Families) != 1 || r.Families[0].Prefix != "Group." {
		t.Errorf("families %v", r.Families)
	}
	for _, d := range dc.All() {
		if strings.Contains(d.Message, "Group.") {
			t.Errorf("a computed family's message reported: %v", d)
		}
	}
}
