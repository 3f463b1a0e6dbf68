package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCheck builds the fixture site, hosted under a base URL, and checks
// it: no link or fragment of any locale is broken. Then it breaks one link
// of the built German page and expects exit 1 with the page's file and
// line.
func TestCheck(t *testing.T) {
	root := fixtureSite(t)
	out := filepath.Join(t.TempDir(), "site")
	base := "https://example.org/docs/"
	var stdout, stderr bytes.Buffer
	if code := run([]string{"bundle", "-root", root, "-out", out, "-base-url", base}, &stdout, &stderr); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"check", "-root", root, "-out", out, "-base-url", base}, &stdout, &stderr); code != 0 {
		t.Fatalf("check of the fixture site: exit %d:\n%s", code, stderr.String())
	}

	page := filepath.Join(out, "de", "docs", "Web", "API", "Gadget", "index.html")
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	// A link to the code page's row 1006 that, percent-encoded, leads to
	// the German heading of the compat section, then one that does not.
	good := `<a href="code/index.html#1006">x</a><a href="index.html#browser-kompatibilit%C3%A4t">y</a>`
	bad := `<a href="code/index.html#1066">z</a>`
	at := bytes.Index(src, []byte("</main>"))
	if at < 0 {
		t.Fatal("no </main> in the German Gadget page")
	}
	line := 1 + bytes.Count(src[:at], []byte("\n"))
	src = append(src[:at:at], append([]byte(good+"\n"+bad), src[at:]...)...)
	if err := os.WriteFile(page, src, 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	code := run([]string{"check", "-root", root, "-out", out, "-base-url", base}, &stdout, &stderr)
	if code != 1 {
		t.Fatalf("exit %d for a broken fragment, want 1:\n%s", code, stderr.String())
	}
	want := filepath.ToSlash(page) + ":" + strconv.Itoa(line+1) + `: error: <a href="code/index.html#1066">: de/docs/Web/API/Gadget/code/index.html has no element with id "1066"`
	if !strings.Contains(stderr.String(), want+" [site-check]\n\thint: did you mean #1006?") {
		t.Errorf("stderr lacks\n%s\nwith its hint; got:\n%s", want, stderr.String())
	}
	if n := strings.Count(stderr.String(), ": error:"); n != 1 {
		t.Errorf("%d errors, want 1:\n%s", n, stderr.String())
	}
}
