package compat

import "crypto/sha256"

// Fingerprint is a digest of what a compat table of key can show of the
// features (the browsers are the same for every key): the feature's data
// and that of every feature below it, and, for a key the data lacks, the
// nearest key it has. The render cache (internal/cache) renders a page again when the fingerprint of a key it
// read changes. Positions in the file enter only where a feature's data
// is wrong (the problem is reported at a line), so that an edit above a
// feature does not change its fingerprint.
func (d *Data) Fingerprint(key string) [32]byte {
	h := sha256.New()
	if _, err := d.Feature(key); err != nil {
		h.Write([]byte(err.Error()))
		if nf, ok := err.(*NotFoundError); ok {
			h.Write([]byte("\x00" + nf.Near))
		}
	}
	var walk func(k string)
	walk = func(k string) {
		e := d.features[k]
		if e == nil {
			return
		}
		h.Write([]byte("\x00" + k + "\x00"))
		h.Write(d.src[e.start:e.end])
		if _, err := d.Feature(k); err != nil {
			h.Write([]byte(err.Error()))
		}
		for _, c := range e.children {
			walk(k + "." + c)
		}
	}
	walk(key)
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}
