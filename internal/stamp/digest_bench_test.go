package stamp

import (
	"os"
	"testing"
	"time"
)

// BenchmarkDigest makes the key of the content tree named by
// DOKU_BENCH_TREE (MDN's: .mdn/files), reading every file ("read") and,
// as a rebuild with nothing changed does, only stat'ing them ("stat").
func BenchmarkDigest(b *testing.B) {
	tree := os.Getenv("DOKU_BENCH_TREE")
	if tree == "" {
		b.Skip("set DOKU_BENCH_TREE to a content tree")
	}
	in := Inputs{Paths: []string{tree}}
	first := Digest(in, nil)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			Digest(in, nil)
		}
	})
	b.Run("stat", func(b *testing.B) {
		prev := *first
		prev.Seen = time.Now().Add(time.Hour) // every file settled
		for b.Loop() {
			if s := Digest(in, &prev); s.Read() != 0 || s.Key != first.Key {
				b.Fatal("files read again")
			}
		}
	})
}
