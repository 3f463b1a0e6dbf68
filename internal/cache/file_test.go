package cache

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/search"
)

func TestDir(t *testing.T) {
	for out, want := range map[string]string{"site": ".site.cache", "/a/b/site/": "/a/b/.site.cache", "x/out": "x/.out.cache"} {
		if got := Dir(out); got != want {
			t.Errorf("Dir(%q) = %q, want %q", out, got, want)
		}
	}
}

// TestReadWrite checks that a cache reads back as written, that none is
// no error, and that one naming a read it does not hold is refused.
func TestReadWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".site.cache")
	if s, err := read(dir); s != nil || err != nil {
		t.Fatalf("no cache read as %v, %v", s, err)
	}
	s := &stored{Reads: []deps.Read{{Kind: deps.Page, Key: "de\x00web"}}, Answers: []answer{{1}},
		Pages: map[string]*Entry{"de/docs/Web/index.html": {Reads: []uint32{0}, Files: []File{{Rel: "de/docs/Web/index.html", Size: 3}}}}}
	if err := write(dir, s); err != nil {
		t.Fatal(err)
	}
	got, err := read(dir)
	if err != nil || len(got.Pages) != 1 || got.Pages["de/docs/Web/index.html"].Files[0].Size != 3 || got.Reads[0] != s.Reads[0] {
		t.Fatalf("read back %+v, %v", got, err)
	}
	s.Pages["de/docs/Web/index.html"].Reads = []uint32{7}
	if err := write(dir, s); err != nil {
		t.Fatal(err)
	}
	if _, err := read(dir); err == nil || !strings.Contains(err.Error(), "names a read") {
		t.Errorf("a cache naming a missing read was read: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(magic+"short"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := read(dir); err == nil {
		t.Error("a cache cut short was read")
	}
}

// TestRecord checks that a search record reads back as encoded, its
// tokens in order, and that one cut short is refused.
func TestRecord(t *testing.T) {
	r := search.Record{Path: "docs/A/index.html", Title: "A", Entries: []search.RecordEntry{
		{Anchor: "", Heading: "", Excerpt: "Ä text", Tokens: []string{"text", "ä"}, Weights: []uint8{2, 7}},
		{Anchor: "x", Heading: "X", Tokens: []string{}, Weights: []uint8{}},
	}}
	b := encodeRecord(&r)
	got, err := decodeRecord(b)
	if err != nil || got.Path != r.Path || got.Title != r.Title || len(got.Entries) != 2 ||
		!slices.Equal(got.Entries[0].Tokens, r.Entries[0].Tokens) || !slices.Equal(got.Entries[0].Weights, r.Entries[0].Weights) ||
		got.Entries[1].Anchor != "x" || got.Entries[0].Excerpt != "Ä text" {
		t.Fatalf("decoded %+v, %v; want %+v", got, err, r)
	}
	r.Entries[0].Tokens, r.Entries[0].Weights = []string{"ä", "text"}, []uint8{7, 2}
	if !bytes.Equal(encodeRecord(&r), b) {
		t.Error("the order of a record's tokens changes its bytes")
	}
	for n := range len(b) {
		if _, err := decodeRecord(b[:n]); err == nil {
			t.Fatalf("a record cut to %d of %d bytes was read", n, len(b))
		}
	}
}
