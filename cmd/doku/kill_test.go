package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMain lets a test run the real command in a child process: the test
// binary, started with DOKU_TEST_MAIN=1, is doku.
func TestMain(m *testing.M) {
	if os.Getenv("DOKU_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// dokuCmd returns the command "doku args..." run by the test binary.
func dokuCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DOKU_TEST_MAIN=1")
	return cmd
}

// genPages is how many pages per locale the generated tree has: enough
// that a build runs long enough to be killed in the middle of writing.
const genPages = 600

// writeTree writes a content tree of genPages pages in en-US and in
// German; version goes into every page, so two versions differ in every
// page.
func writeTree(t *testing.T, dir, version string) {
	t.Helper()
	for _, loc := range []string{"en-us", "de"} {
		for i := range genPages {
			slug := fmt.Sprintf("Gen/Page%04d", i)
			body := fmt.Sprintf("---\ntitle: Page %d\nslug: %s\n---\n\n%s of page %d, see [the next page](/%s/docs/Gen/Page%04d).\n\n"+
				"## Example\n\n```js\nconst socket = new WebSocket(\"wss://example.com/%d\");\nsocket.addEventListener(\"close\", (e) => console.log(e.code));\n```\n\n"+
				"%s\n", i, slug, version, i, loc, (i+1)%genPages, i, strings.Repeat("Some text to render. ", 40))
			p := filepath.Join(dir, loc, "gen", fmt.Sprintf("page%04d", i), "index.md")
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func fileHash(p string) string {
	data, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%x", sha256.Sum256(data))
}

// hashTree maps every file and folder below dir to a hash of its content.
func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			m[filepath.ToSlash(rel)+"/"] = "dir"
			return nil
		}
		m[filepath.ToSlash(rel)] = fileHash(p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestKilledBuildKeepsOutput kills "doku build" with SIGKILL at several
// points of a build and checks that the output is, byte for byte, either
// the previous site or, once the swap happened, the complete new one;
// that the killed build's temporary folder never lies inside the output;
// and that the next build removes it.
func TestKilledBuildKeepsOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large site several times")
	}
	dir := t.TempDir()
	content, out, ref := filepath.Join(dir, "content"), filepath.Join(dir, "site"), filepath.Join(dir, "ref")
	build := func(out string) *exec.Cmd {
		return dokuCmd("build", "-root", "../..", "-content", content, "-out", out)
	}
	writeTree(t, content, "First version")
	if b, err := build(out).CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, b)
	}
	old := hashTree(t, out)
	writeTree(t, content, "Second version")
	if b, err := build(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference build: %v\n%s", err, b)
	}
	next := hashTree(t, ref)

	// inTmp reports whether the build's temporary folder holds rel.
	inTmp := func(rel string) bool {
		found, _ := filepath.Glob(filepath.Join(dir, ".site.tmp-*", filepath.FromSlash(rel)))
		return len(found) > 0
	}
	mid := fmt.Sprintf("en-US/docs/Gen/Page%04d/index.html", genPages/2)
	points := []struct {
		name string
		// reached says when to kill; swapped whether the new site may be
		// in place by then.
		reached func(time.Duration) bool
		swapped bool
	}{
		{"while loading", func(d time.Duration) bool { return d > 20*time.Millisecond }, false},
		{"temporary folder made", func(time.Duration) bool { return inTmp("") }, false},
		{"first pages written", func(time.Duration) bool { return inTmp("en-US/docs/Gen") }, false},
		{"half the pages written", func(time.Duration) bool { return inTmp(mid) }, false},
		{"static files written", func(time.Duration) bool { return inTmp("static") }, false},
		{"new site in place", func(time.Duration) bool { return fileHash(filepath.Join(out, mid)) == next[mid] }, true},
	}
	for _, pt := range points {
		cmd := build(out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		start, killed := time.Now(), false
	poll:
		for {
			select {
			case err := <-done:
				t.Logf("%s: build finished before the kill (%v)", pt.name, err)
				break poll
			default:
			}
			if pt.reached(time.Since(start)) {
				_ = cmd.Process.Kill() // SIGKILL
				<-done
				killed = true
				break
			}
			time.Sleep(100 * time.Microsecond)
		}
		if !killed && !pt.swapped {
			t.Errorf("%s: the build ended before the point was reached; make the generated tree bigger", pt.name)
		}
		got := hashTree(t, out)
		for rel := range got {
			if strings.Contains(rel, ".tmp-") {
				t.Errorf("%s: temporary file inside the output: %s", pt.name, rel)
			}
		}
		switch {
		case cmp.Equal(got, old):
		case pt.swapped && cmp.Equal(got, next):
			old = next // later points start from the new site
		default:
			t.Errorf("%s: output is neither the previous nor the new site:\n%s", pt.name, cmp.Diff(old, got))
		}
		t.Logf("%s: killed after %v", pt.name, time.Since(start).Round(time.Millisecond))
	}

	if b, err := build(out).CombinedOutput(); err != nil {
		t.Fatalf("build after the kills: %v\n%s", err, b)
	}
	if diff := cmp.Diff(next, hashTree(t, out)); diff != "" {
		t.Errorf("build after the kills differs from the reference build:\n%s", diff)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".site.tmp-*")); len(left) > 0 {
		t.Errorf("leftovers of killed builds not removed: %v", left)
	}
}
