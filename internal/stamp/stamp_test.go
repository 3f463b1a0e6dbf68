package stamp

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"
	"time"
)

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Every kind of change to the inputs gives another key; the same inputs
// give the same key.
func TestDigestNotices(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "content"), filepath.Join(dir, "bcd.json")
	write(t, filepath.Join(a, "en-us", "index.md"), "aaaa")
	write(t, b, "{}")
	theme := fstest.MapFS{"layouts/page.html": {Data: []byte("x")}}
	in := Inputs{Words: "strict=false", Paths: []string{b}, Content: a, Trees: []fs.FS{theme}}
	key := Digest(in, nil).Key
	if again := Digest(in, nil).Key; again != key {
		t.Fatal("the same inputs gave two keys")
	}
	changes := map[string]func(){
		"same-size edit": func() { write(t, filepath.Join(a, "en-us", "index.md"), "bbbb") },
		"file added":     func() { write(t, filepath.Join(a, "de", "index.md"), "") },
		"empty folder":   func() { os.Mkdir(filepath.Join(a, "fr"), 0o755) },
		"file removed":   func() { os.Remove(b) },
		"option":         func() { in.Words = "strict=true" },
		"theme":          func() { theme["layouts/page.html"] = &fstest.MapFile{Data: []byte("y")} },
	}
	for _, name := range []string{"same-size edit", "file added", "empty folder", "file removed", "option", "theme"} {
		changes[name]()
		next := Digest(in, nil).Key
		if next == key {
			t.Errorf("%s: key did not change", name)
		}
		key = next
	}
}

// A file seen settled by the last stamp, with the same identity, is not
// read again; one edited since, even in the same tick and size, is.
func TestDigestReusesSettledFiles(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("every file is read where there is no change time")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "page.md")
	write(t, p, "aaaa")
	in := Inputs{Paths: []string{dir}}
	first := Digest(in, nil)
	key, files := first.Key, first.Files
	// As if the last look were long after the file was written, with
	// another hash: a reused hash shows in the key.
	forged := map[string]Seen{p: {ID: files[p].ID, Sum: [32]byte{1}}}
	prev := &Stamp{Seen: time.Now().Add(time.Hour), Files: forged}
	if reused := Digest(in, prev); reused.Key == key || reused.Read() != 0 {
		t.Fatal("a settled file of the same identity was read again")
	}
	prev.Seen = time.Now() // not settled: read again
	if again := Digest(in, prev); again.Key != key || again.Read() != 1 {
		t.Fatal("a file not settled when seen was not read again")
	}
	write(t, p, "bbbb")
	prev.Seen = time.Now().Add(time.Hour)
	edited := Digest(in, prev).Key
	if edited == key {
		t.Fatal("a same-size edit was not noticed")
	}
}

func TestReadWrite(t *testing.T) {
	dir := t.TempDir()
	if Read(dir) != nil {
		t.Fatal("a stamp where there is none")
	}
	s := &Stamp{Key: [32]byte{7}, Result: []byte("r"), Extra: map[string][32]byte{"a.gz": {1}}}
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	got := Read(dir)
	if got == nil || got.Key != s.Key || string(got.Result) != "r" || got.Extra["a.gz"] != s.Extra["a.gz"] {
		t.Fatalf("read back %+v", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, file))
	b[len(magic)+3] ^= 1
	write(t, filepath.Join(dir, file), string(b))
	if Read(dir) != nil {
		t.Fatal("a damaged stamp was used")
	}
	if err := Remove(dir); err != nil || Read(dir) != nil {
		t.Fatal("not removed", err)
	}
}

// The content tree's dot folders (.git) are not inputs: the build does
// not read them. Those of the other paths are (a theme's
// static/.well-known is published).
func TestDigestSkipsContentDotFolders(t *testing.T) {
	dir := t.TempDir()
	content, static := filepath.Join(dir, "content"), filepath.Join(dir, "static")
	write(t, filepath.Join(content, "en-us", "index.md"), "a")
	write(t, filepath.Join(static, "x.css"), "a")
	in := Inputs{Paths: []string{static}, Content: content}
	key := Digest(in, nil).Key
	write(t, filepath.Join(content, ".git", "index"), "changed")
	if Digest(in, nil).Key != key {
		t.Error("a change below the content's .git changed the key")
	}
	write(t, filepath.Join(static, ".well-known", "security.txt"), "a")
	if Digest(in, nil).Key == key {
		t.Error("a file added below static/.well-known did not change the key")
	}
}
