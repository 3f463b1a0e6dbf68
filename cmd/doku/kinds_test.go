package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// TestKinds: doku kinds prints one line per kind with its severity and
// meaning, one kind when named, and refuses a kind that does not exist.
func TestKinds(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"kinds"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 1+len(diag.Kinds) {
		t.Fatalf("%d lines for %d kinds:\n%s", len(lines), len(diag.Kinds), stdout.String())
	}
	for i, k := range diag.Kinds {
		f := strings.Fields(lines[1+i])
		if f[0] != string(k.Kind) || !strings.Contains(lines[1+i], " "+k.Reported.String()+" ") || !strings.HasSuffix(lines[1+i], k.Meaning) {
			t.Errorf("line %q, want %s, %s, %q", lines[1+i], k.Kind, k.Reported, k.Meaning)
		}
	}

	stdout.Reset()
	if code := run([]string{"kinds", "-json", "catalog-stale", "link"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var got struct {
		Kinds []struct{ Kind, Severity, Meaning string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Kinds) != 2 || got.Kinds[0].Kind != "catalog-stale" || got.Kinds[0].Severity != "warning" ||
		got.Kinds[1].Severity != "warning (error with -strict)" || got.Kinds[1].Meaning != diag.Link.Meaning() {
		t.Errorf("doku kinds -json catalog-stale link = %s", stdout.String())
	}

	stderr.Reset()
	if code := run([]string{"kinds", "lnik"}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), `no kind "lnik"`) {
		t.Errorf("unknown kind: exit %d, %q", code, stderr.String())
	}
}
