package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMain lets a test run the real command in a child process: the test
// binary, started with DOKU_TEST_MAIN=1, is doku.
func TestMain(m *testing.M) {
	if url := os.Getenv("DOKU_TEST_GET"); url != "" {
		os.Exit(probe(url)) // see TestReadmeGuide
	}
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
	root := fixtureSite(t)
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "site")
	build := func(out string) *exec.Cmd {
		return dokuCmd("build", "-root", root, "-content", content, "-out", out)
	}
	// Two versions of the tree, each built once whole; every killed build
	// builds the version that is not in place, so "previous" and "new"
	// always differ in every page.
	versions := []string{"First version", "Second version"}
	want := make([]map[string]string, len(versions))
	for i, v := range versions {
		writeTree(t, content, v)
		ref := filepath.Join(dir, fmt.Sprintf("ref%d", i))
		if b, err := build(ref).CombinedOutput(); err != nil {
			t.Fatalf("build of %s: %v\n%s", v, err, b)
		}
		want[i] = hashTree(t, ref)
	}
	if err := os.Rename(filepath.Join(dir, "ref0"), out); err != nil {
		t.Fatal(err)
	}
	cur, last := 0, 1 // the version in place, the version of the tree

	mid := fmt.Sprintf("en-US/docs/Gen/Page%04d/index.html", genPages/2)
	// tmpHas reports whether the running build's temporary folder holds
	// rel, and, for a file, whether it is that of the version being built
	// (after the swap the folder holds the previous site, being removed).
	// Leftovers of killed builds, listed in stale, do not count.
	var stale []string
	tmpHas := func(rel string, version int) bool {
		found, _ := filepath.Glob(filepath.Join(dir, ".site.tmp-*", filepath.FromSlash(rel)))
		for _, f := range found {
			if slices.ContainsFunc(stale, func(s string) bool { return strings.HasPrefix(f, s) }) {
				continue
			}
			if version < 0 || fileHash(f) == want[version][rel] {
				return true
			}
		}
		return false
	}
	points := []struct {
		name string
		// reached says, given the time since the start and the version
		// being built, when to kill.
		reached func(d time.Duration, next int) bool
		// late points may pass unseen: the build may end between two
		// looks.
		late bool
	}{
		{"while loading", func(d time.Duration, _ int) bool { return d > 20*time.Millisecond }, false},
		{"temporary folder made", func(time.Duration, int) bool { return tmpHas("", -1) }, false},
		{"first pages written", func(time.Duration, int) bool { return tmpHas("en-US/docs/Gen", -1) }, false},
		{"half the pages written", func(_ time.Duration, next int) bool { return tmpHas(mid, next) }, false},
		{"every page written", func(time.Duration, int) bool { return tmpHas("en-US/index.html", -1) }, true},
		{"new site in place, previous one being removed", func(_ time.Duration, next int) bool {
			return fileHash(filepath.Join(out, mid)) == want[next][mid]
		}, true},
	}
	for _, pt := range points {
		next := 1 - cur
		if next != last {
			writeTree(t, content, versions[next])
			last = next
		}
		stale, _ = filepath.Glob(filepath.Join(dir, ".site.tmp-*"))
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
				if !pt.late {
					t.Errorf("%s: the build ended (%v) before the point was reached; make the generated tree bigger", pt.name, err)
				}
				t.Logf("%s: the build ended before the kill", pt.name)
				break poll
			default:
			}
			if pt.reached(time.Since(start), next) {
				_ = cmd.Process.Kill() // SIGKILL
				<-done
				killed = true
				break
			}
			time.Sleep(100 * time.Microsecond)
		}
		got := hashTree(t, out)
		for rel := range got {
			if strings.Contains(rel, ".tmp-") {
				t.Errorf("%s: temporary file inside the output: %s", pt.name, rel)
			}
		}
		outcome := "previous site intact"
		switch {
		case cmp.Equal(got, want[cur]):
		case cmp.Equal(got, want[next]):
			cur, outcome = next, "new site whole"
		default:
			t.Errorf("%s: output is neither the previous nor the new site:\n%s", pt.name, cmp.Diff(want[cur], got))
		}
		if killed {
			t.Logf("%s: killed after %v: %s", pt.name, time.Since(start).Round(time.Millisecond), outcome)
		}
	}

	if b, err := build(out).CombinedOutput(); err != nil {
		t.Fatalf("build after the kills: %v\n%s", err, b)
	}
	if diff := cmp.Diff(want[last], hashTree(t, out)); diff != "" {
		t.Errorf("build after the kills differs from the whole build of the same tree:\n%s", diff)
		for rel, h := range hashTree(t, out) {
			if h != want[last][rel] && strings.HasSuffix(rel, ".html") {
				got, _ := os.ReadFile(filepath.Join(out, rel))
				ref, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("ref%d", last), rel))
				t.Errorf("%s:\n%s", rel, cmp.Diff(string(ref), string(got)))
				break
			}
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".site.tmp-*")); len(left) > 0 {
		t.Errorf("leftovers of killed builds not removed: %v", left)
	}
}
