package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMacrosCount counts the calls of a small tree in MDN's layout: known
// and unknown macros by name ignoring case, per locale, and the coverage.
func TestMacrosCount(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en-us/web/api/a/index.md", "---\ntitle: A\nslug: Web/API/A\n---\n\n{{domxref(\"B\")}} {{DOMxRef(\"C\")}} {{NoSuchMacro}} `{{InCode}}`\n")
	write("de/web/api/a/index.md", "---\ntitle: A\nslug: Web/API/A\n---\n\n{{Domxref(\"B\")}}\n")
	write("en-us/_redirects.txt", "/en-US/docs/X /en-US/docs/Y\n")
	write("jsondata/GroupData.json", "[{}]\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"macros", "-content", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"domxref                      link             3         1         2",
		"NoSuchMacro                  unknown          1         0         1",
		"coverage: 75.0% of 4 calls are handled by known macros; de 100.0% of 1 in 1 pages; en-us 66.7% of 3 in 1 pages",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "InCode") {
		t.Errorf("a call in a code span was counted:\n%s", out)
	}
}
