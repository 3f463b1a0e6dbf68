package cache

import (
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/search"
)

// Index is what the cache keeps of a locale's search index: the digest
// of the records it was made from, its files and what it held.
// Encoding an index serializes every page of the locale, and is most of
// a rebuild that renders few pages; an index whose records did not
// change is linked from the previous output instead.
type Index struct {
	Digest [32]byte
	Files  []File
	Stats  search.Stats
}

// indexDigest is a digest of the records of the pages of locale this
// build has put or kept, once every page is done.
func (c *Cache) indexDigest(locale string) [32]byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := sha256.New()
	for _, out := range slices.Sorted(maps.Keys(c.next.Pages)) {
		if e := c.next.Pages[out]; e.Search != nil && strings.HasPrefix(out, locale+"/") {
			fmt.Fprintf(h, "%s\x00", out)
			h.Write(e.SearchSum[:])
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// Index returns the search index of locale that the previous build
// wrote from the same records, and the digest of those records; nil if
// the records changed, and the index must be encoded again.
func (c *Cache) Index(locale string) (*Index, [32]byte) {
	d := c.indexDigest(locale)
	if ix := c.prev.Indexes[locale]; ix != nil && ix.Digest == d {
		return ix, d
	}
	return nil, d
}

// PutIndex keeps the search index of locale, encoded from the records
// whose digest is d.
func (c *Cache) PutIndex(locale string, ix *Index) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.next.Indexes == nil {
		c.next.Indexes = map[string]*Index{}
	}
	c.next.Indexes[locale] = ix
	if old := c.prev.Indexes[locale]; old == nil || old.Digest != ix.Digest {
		c.dirty = true
	}
}
