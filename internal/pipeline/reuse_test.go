package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/output"
)

func inode(t *testing.T, p string) uint64 {
	t.Helper()
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		t.Skip("no inode numbers here")
	}
	return sys.Ino
}

// TestRebuildReusesUnchangedFiles checks that a rebuild links the files
// whose bytes did not change from the previous output, writes the others
// afresh, and never changes the previous output's files in place.
func TestRebuildReusesUnchangedFiles(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	opt := Options{Root: root, Out: out, Theme: doku.Theme}
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	size := filepath.Join(out, "en-US", "docs", "Web", "API", "Thing", "size", "index.html")
	guide := filepath.Join(out, "en-US", "docs", "Web", "API", "Thing", "Guide", "index.html")
	sizeIno, guideIno := inode(t, size), inode(t, guide)
	oldGuide, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	// Keep a name for the old file, to see whether it changes.
	keep := filepath.Join(root, "old-guide.html")
	if err := os.Link(guide, keep); err != nil {
		t.Skip("no hard links here:", err)
	}

	src := filepath.Join(root, "content", "en-us", "web", "api", "thing", "guide", "index.md")
	md, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, append(md, "\nOne more sentence.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	if inode(t, size) != sizeIno {
		t.Error("an unchanged page was written again instead of linked")
	}
	if inode(t, guide) == guideIno {
		t.Error("a changed page kept the old file")
	}
	newGuide, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(newGuide), "One more sentence.") {
		t.Error("the changed page lacks its new sentence")
	}
	if kept, _ := os.ReadFile(keep); string(kept) != string(oldGuide) {
		t.Error("the previous output's file was changed in place")
	}
}

// TestRebuildRewritesEditedFiles checks that a file changed by hand in the
// output is not trusted: the rebuild writes it afresh. The edit keeps the
// size, so only its time gives it away: a time after the manifest's, or
// the manifest's own, since file times advance in clock ticks and a file
// changed in the tick the manifest was written (a build that swapped in
// its output right after the previous one, say) cannot be told apart from
// one the manifest describes by its time: such a file is read and
// compared.
func TestRebuildRewritesEditedFiles(t *testing.T) {
	for name, editTime := range map[string]func(manifest time.Time) time.Time{
		"later":                  func(time.Time) time.Time { return time.Now().Add(2 * time.Second) },
		"in the manifest's tick": func(m time.Time) time.Time { return m },
	} {
		t.Run(name, func(t *testing.T) {
			root := fixture(t)
			out := filepath.Join(root, "site")
			opt := Options{Root: root, Out: out, Theme: doku.Theme}
			if _, err := Build(opt); err != nil {
				t.Fatal(err)
			}
			size := filepath.Join(out, "en-US", "docs", "Web", "API", "Thing", "size", "index.html")
			want, err := os.ReadFile(size)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(size, []byte(strings.Repeat("x", len(want))), 0o644); err != nil {
				t.Fatal(err)
			}
			st, err := os.Stat(output.ManifestFile(out))
			if err != nil {
				t.Fatal(err)
			}
			when := editTime(st.ModTime())
			if err := os.Chtimes(size, when, when); err != nil {
				t.Fatal(err)
			}
			if _, err := Build(opt); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(size); string(got) != string(want) {
				t.Error("a file edited by hand survived the rebuild")
			}
		})
	}
}

// TestDamagedManifest checks that a manifest that cannot be read makes the
// rebuild write every file rather than fail or trust it.
func TestDamagedManifest(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	opt := Options{Root: root, Out: out, Theme: doku.Theme}
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(output.ManifestFile(out), []byte("not a manifest\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	size := filepath.Join(out, "en-US", "docs", "Web", "API", "Thing", "size", "index.html")
	ino := inode(t, size)
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	if inode(t, size) == ino {
		t.Error("a damaged manifest was trusted")
	}
	if m, err := os.ReadFile(output.ManifestFile(out)); err != nil || len(m) == 0 || string(m) == "not a manifest\n" {
		t.Errorf("the rebuild did not write a new manifest (%v)", err)
	}
}

// TestRebuildLinksFilesOfTheManifestsTick checks that a file written in
// the tick of the manifest, as a fast build writes its last files, is
// still linked when its bytes are those the manifest names.
func TestRebuildLinksFilesOfTheManifestsTick(t *testing.T) {
	root := fixture(t)
	out := filepath.Join(root, "site")
	opt := Options{Root: root, Out: out, Theme: doku.Theme}
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	size := filepath.Join(out, "en-US", "docs", "Web", "API", "Thing", "size", "index.html")
	st, err := os.Stat(output.ManifestFile(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(size, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	ino := inode(t, size)
	if _, err := Build(opt); err != nil {
		t.Fatal(err)
	}
	if inode(t, size) != ino {
		t.Error("a file of the manifest's tick holding the same bytes was written again instead of linked")
	}
}
