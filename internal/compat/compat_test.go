package compat

import (
	"os"
	"testing"
)

// benchData is the data the benchmarks read: $DOKU_BCD (a full data.json
// of @mdn/browser-compat-data) if set, else the small data of
// testdata/support.txtar.
func benchData(b *testing.B) []byte {
	src := archiveFS(b, "testdata/support.txtar")["data.json"].Data
	if path := os.Getenv("DOKU_BCD"); path != "" {
		var err error
		if src, err = os.ReadFile(path); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(src)))
	return src
}

// BenchmarkOpen measures what every build pays: checking the syntax of the
// whole file and indexing its features.
//
//	DOKU_BCD=/tmp/package/data.json go test -run - -bench . -benchmem ./internal/compat
func BenchmarkOpen(b *testing.B) {
	src := benchData(b)
	for b.Loop() {
		if _, err := Open(src, "data.json"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeAll measures Open and then decoding every feature, what a
// build of a whole MDN tree comes close to.
func BenchmarkDecodeAll(b *testing.B) {
	src := benchData(b)
	for b.Loop() {
		d, err := Open(src, "data.json")
		if err != nil {
			b.Fatal(err)
		}
		for _, k := range d.Keys() {
			if _, err := d.Feature(k); err != nil {
				b.Fatal(err)
			}
		}
	}
}
