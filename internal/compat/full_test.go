package compat

import (
	"os"
	"testing"
	"time"
)

func TestFullData(t *testing.T) {
	path := os.Getenv("DOKU_BCD")
	if path == "" {
		t.Skip("DOKU_BCD not set")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	d, err := Open(src, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("open: %v, %d features", time.Since(start), len(d.features))
	start = time.Now()
	for _, k := range d.Keys() {
		if _, err := d.Feature(k); err != nil {
			t.Error(err)
		}
	}
	t.Logf("decode all: %v", time.Since(start))
}
