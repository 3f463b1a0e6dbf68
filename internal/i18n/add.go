package i18n

import (
	"strings"
)

// NewMessage is a message to add to the source catalog, with where it is
// used, for the comment doku writes above its empty text.
type NewMessage struct {
	ID, UsedAt string
}

// AddMessages returns the text of the source catalog src with a table for
// each message of add: empty description and text, which 'doku i18n
// check' reports until someone writes them. Each goes after the last
// message that shares the longest dotted prefix with it (Home.Title after
// the other Home.* messages), else at the end; nothing else moves.
func AddMessages(src *File, add []NewMessage) ([]byte, error) {
	e := newEditor(src.Lines)
	for _, m := range add {
		block := []string{"", "[" + tomlKey(m.ID) + "]",
			"# doku: added by 'doku i18n extract', used at " + m.UsedAt + "; write the English text and say where it appears",
			`description = ""`, `other = ""`}
		if at := neighbour(src, m.ID); at != nil {
			e.insertAfter(at.End-1, block...)
		} else {
			e.appendAtEnd(block...)
		}
	}
	out := e.text()
	if err := keepsEverything(src, out); err != nil {
		return nil, err
	}
	return out, nil
}

// neighbour is the last block whose ID shares the most leading dotted
// segments with id (at least one), or nil.
func neighbour(f *File, id string) *Block {
	var best *Block
	bestN := 0
	want := strings.Split(id, ".")
	for i := range f.Blocks {
		have := strings.Split(f.Blocks[i].ID, ".")
		n := 0
		for n < len(want) && n < len(have) && want[n] == have[n] {
			n++
		}
		if n > 0 && n >= bestN {
			best, bestN = &f.Blocks[i], n
		}
	}
	return best
}
