package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildExitCodes runs the command as a user would: the fixture site
// builds with exit 0; a broken page gives exit 1, a positioned error
// on stderr, and leaves the output in place.
func TestBuildExitCodes(t *testing.T) {
	root := fixtureSite(t)
	out := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-root", root, "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "built 6 pages") {
		t.Errorf("summary missing: %s", stderr.String())
	}

	content := t.TempDir()
	page := filepath.Join(content, "en-us", "web", "api", "x")
	if err := os.MkdirAll(page, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(page, "index.md"), []byte("---\ntitle: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	code := run([]string{"build", "-root", root, "-content", content, "-out", out, "-json"}, &stdout, &stderr)
	if code != 1 {
		t.Fatalf("exit %d for a broken page, want 1", code)
	}
	var report struct {
		Diagnostics []struct {
			Pos      struct{ File string }
			Severity string
			Message  string
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("-json output: %v\n%s", err, stdout.String())
	}
	found := false
	for _, d := range report.Diagnostics {
		if d.Severity == "error" && strings.HasSuffix(d.Pos.File, "en-us/web/api/x/index.md") && strings.Contains(d.Message, "not closed") {
			found = true
		}
	}
	if !found {
		t.Errorf("no error for the unclosed front matter in %s", stdout.String())
	}
	if _, err := os.Stat(filepath.Join(out, "de", "docs", "Web", "API", "Gadget", "code", "index.html")); err != nil {
		t.Errorf("previous output lost: %v", err)
	}
}

func TestUnknownCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"nope"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

// TestBundleCommand: 'doku bundle' builds like 'doku build' and writes the
// offline bundles, which 'make site' relies on.
func TestBundleCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bundle", "-root", fixtureSite(t), "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, name := range []string{"doku-en-US.zip", "doku-de.zip", "doku-all.zip"} {
		if st, err := os.Stat(filepath.Join(out, "download", name)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "de", "index.html")); err != nil {
		t.Error(err)
	}
}
