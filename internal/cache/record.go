package cache

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/search"
)

// A page's search record is kept encoded: a few hundred bytes of text
// where the decoded record holds a string, with its header, per token;
// on MDN's tree that is hundreds of megabytes less held while the cache
// is filled. The tokens of an entry are sorted, so that one record always
// encodes to the same bytes.

// encodeRecord encodes r.
func encodeRecord(r *search.Record) []byte {
	var b []byte
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str(r.Path)
	str(r.Title)
	b = binary.AppendUvarint(b, uint64(len(r.Entries)))
	for _, e := range r.Entries {
		str(e.Anchor)
		str(e.Heading)
		str(e.Excerpt)
		n := min(len(e.Tokens), len(e.Weights))
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(x, y int) int { return strings.Compare(e.Tokens[x], e.Tokens[y]) })
		b = binary.AppendUvarint(b, uint64(n))
		for _, i := range order {
			str(e.Tokens[i])
			b = append(b, e.Weights[i])
		}
	}
	return b
}

var errRecord = errors.New("a search record is cut short")

// decodeRecord decodes what encodeRecord made.
func decodeRecord(b []byte) (search.Record, error) {
	var r search.Record
	bad := false
	num := func() int {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > uint64(len(b)) {
			bad = true
			return 0
		}
		b = b[n:]
		return int(v)
	}
	str := func() string {
		n := num()
		if bad || n > len(b) {
			bad = true
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	r.Path, r.Title = str(), str()
	entries := num()
	for i := 0; i < entries && !bad; i++ {
		e := search.RecordEntry{Anchor: str(), Heading: str(), Excerpt: str()}
		k := num()
		for j := 0; j < k && !bad; j++ {
			e.Tokens = append(e.Tokens, str())
			if len(b) == 0 {
				bad = true
				break
			}
			e.Weights = append(e.Weights, b[0])
			b = b[1:]
		}
		r.Entries = append(r.Entries, e)
	}
	if bad || len(b) != 0 {
		return search.Record{}, errRecord
	}
	return r, nil
}
