package search

import "sync"

// pageTokens numbers the tokens of one page and weighs them in its
// entries: each token string is made once per page, however often and in
// however many entries it occurs, and an entry's tokens are a slice, not
// a map. Its tables are kept from page to page (see pagePool).
type pageTokens struct {
	tz tokenizer
	// ids numbers the page's tokens; names[id] is the token.
	ids   map[string]int32
	names []string
	// last is, per token, the serial of the entry it was last weighed
	// in, and slot its place in that entry's toks.
	last, slot []int32
}

// pagePool keeps pageTokens between pages: their map and slices reach
// the size of a large page once, not once per page.
var pagePool = sync.Pool{New: func() any { return &pageTokens{ids: map[string]int32{}} }}

// reset readies pt for a page, german or not.
func (pt *pageTokens) reset(german bool) {
	pt.tz.german = german
	pt.ids = emptied(pt.ids)
	pt.names, pt.last, pt.slot = pt.names[:0], pt.last[:0], pt.slot[:0]
}

// emptied empties m for the next page. Clearing a map costs what it
// has room for, which a page's map never gives back: after a large page,
// a new map is cheaper to start than the large one is to clear for each
// small page after it.
func emptied[V any](m map[string]V) map[string]V {
	if len(m) > 1024 {
		return map[string]V{}
	}
	clear(m)
	return m
}

// weigh weighs the indexable tokens of text in e: a token's weight in an
// entry is the highest it was given there.
func (pt *pageTokens) weigh(e *entry, text []byte, weight uint8) {
	pt.tz.each(text, func(tok []byte) {
		if !indexable(tok) {
			return
		}
		id := pt.id(tok)
		if pt.last[id] == e.serial {
			if w := &e.toks[pt.slot[id]]; w.weight < weight {
				w.weight = weight
			}
			return
		}
		pt.last[id], pt.slot[id] = e.serial, int32(len(e.toks))
		e.toks = append(e.toks, weighed{id, weight})
	})
}

// id numbers tok, making its string the first time it occurs in the page.
func (pt *pageTokens) id(tok []byte) int32 {
	if id, ok := pt.ids[string(tok)]; ok {
		return id
	}
	id := int32(len(pt.names))
	s := string(tok)
	pt.ids[s] = id
	pt.names = append(pt.names, s)
	pt.last, pt.slot = append(pt.last, 0), append(pt.slot, 0)
	return id
}

// record gives the tokens of e and their weights, each token once.
func (pt *pageTokens) record(e *entry) RecordEntry {
	re := RecordEntry{Tokens: make([]string, 0, len(e.toks)), Weights: make([]uint8, 0, len(e.toks))}
	// The serials of weigh are spent: count down from -1 here so that
	// a token met in this entry before is found.
	mark := -e.serial
	for _, w := range e.toks {
		if pt.last[w.id] == mark {
			if i := pt.slot[w.id]; re.Weights[i] < w.weight {
				re.Weights[i] = w.weight
			}
			continue
		}
		pt.last[w.id], pt.slot[w.id] = mark, int32(len(re.Tokens))
		re.Tokens = append(re.Tokens, pt.names[w.id])
		re.Weights = append(re.Weights, w.weight)
	}
	return re
}
