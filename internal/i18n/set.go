package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// SetTranslation returns the text of translation tr with message id
// translated as forms (text by plural form; only the forms WantedForms
// names are written), taken as made from the current English src: its
// hash becomes the source hash, and doku's untranslated and stale markers
// go. Only the lines of that message change: its form and hash lines are
// replaced in place (keeping their indentation), lines it lacks are added
// after its last key, and a message tr lacks is added after the message
// that precedes it in src, as sync adds it. Comments, order and every
// other message stay byte for byte.
//
// Validate forms first (ValidateTranslation). The result is parsed again
// and refused unless every other message of tr is unchanged and id reads
// exactly as asked.
func SetTranslation(src, tr *File, id string, forms map[string]string) ([]byte, error) {
	sm := src.Messages[id]
	if sm == nil {
		return nil, fmt.Errorf("%s has no message %q", src.Path, id)
	}
	want := map[string]string{}
	for _, f := range WantedForms(sm, tr.Locale) {
		want[f] = forms[f]
	}
	hash := SourceHash(sm)
	e := newEditor(tr.Lines)
	if b := tr.Block(id); b != nil {
		setBlock(e, tr.Lines, b, want, hash)
	} else if tr.Messages[id] != nil {
		return nil, fmt.Errorf("%s: message %q is not written as a table of its own; edit it by hand", tr.Path, id)
	} else {
		addBlock(e, src, tr, id, newBlock(id, sm, want, hash))
	}
	out := e.text()
	if err := setOnly(tr, out, id, want, hash); err != nil {
		return nil, err
	}
	return out, nil
}

// setBlock rewrites the form and hash lines of block b in place.
func setBlock(e *editor, lines []string, b *Block, want map[string]string, hash string) {
	for _, l := range []int{b.Untranslated, b.Stale} {
		if l >= 0 {
			e.replaceLine(l)
		}
	}
	last := b.Header // the last key line of the block, where new keys go
	for _, l := range b.Keys {
		last = max(last, valueEnd(lines, l, b.End))
	}
	var add []string
	set := func(key, val string) {
		l, ok := b.Keys[key]
		switch {
		case !ok && key == "hash":
			// Where sync records it: after the description.
			e.insertAfter(valueEnd(lines, keyLine(b, "description", b.Header), b.End), key+" = "+val)
			return
		case !ok:
			add = append(add, key+" = "+val)
			return
		}
		e.replaceLine(l, indentOf(lines[l])+key+" = "+val)
		for i := l + 1; i <= valueEnd(lines, l, b.End); i++ {
			e.replaceLine(i)
		}
	}
	set("hash", tomlString(hash))
	for _, f := range PluralForms {
		if text, ok := want[f]; ok {
			set(f, tomlString(text))
		}
	}
	if len(add) > 0 {
		e.insertAfter(last, add...)
	}
}

// newBlock is the table of a message the translation did not have yet.
func newBlock(id string, sm *goi18n.Message, want map[string]string, hash string) []string {
	ls := []string{"[" + tomlKey(id) + "]"}
	if sm.Description != "" {
		ls = append(ls, "description = "+tomlString(sm.Description))
	}
	ls = append(ls, "hash = "+tomlString(hash))
	for _, f := range PluralForms {
		if text, ok := want[f]; ok {
			ls = append(ls, f+" = "+tomlString(text))
		}
	}
	return ls
}

// addBlock puts block where sync would: after the table of the message
// that precedes id in src and is in tr, else before tr's first table,
// else at the end.
func addBlock(e *editor, src, tr *File, id string, block []string) {
	ids := src.IDs()
	for i := slices.Index(ids, id) - 1; i >= 0; i-- {
		if b := tr.Block(ids[i]); b != nil {
			e.insertAfter(b.End-1, append([]string{""}, block...)...)
			return
		}
	}
	if len(tr.Blocks) > 0 {
		e.insertBefore(tr.Blocks[0].Lead, append(block, "")...)
		return
	}
	if strings.TrimSpace(strings.Join(tr.Lines, "")) == "" {
		e.lines = append(block, "")
		return
	}
	e.appendAtEnd(append([]string{""}, block...)...)
}

// valueEnd is the last line of the value whose key is on line l: l itself
// unless the value is a multi-line string, whose closing quotes end it.
func valueEnd(lines []string, l, end int) int {
	_, val, _ := strings.Cut(lines[l], "=")
	val = strings.TrimSpace(val)
	for _, q := range []string{`"""`, `'''`} {
		if strings.HasPrefix(val, q) && strings.Count(val, q)%2 == 1 {
			for i := l + 1; i < min(end, len(lines)); i++ {
				if strings.Count(lines[i], q)%2 == 1 {
					return i
				}
			}
		}
	}
	return l
}

func indentOf(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// setOnly parses the new text of tr's file and fails unless message id
// has exactly the forms want and the hash, and every other message is
// as it was.
func setOnly(tr *File, out []byte, id string, want map[string]string, hash string) error {
	dc := &diag.Collector{}
	nf := ParseFile(tr.Path, tr.Locale, out, dc)
	if nf == nil {
		return fmt.Errorf("%s: the saved catalog would not parse (%v); nothing was written", tr.Path, dc.All())
	}
	m := nf.Messages[id]
	if m == nil || m.Hash != hash {
		return fmt.Errorf("%s: message %q would not be saved as asked; nothing was written", tr.Path, id)
	}
	got := Forms(m)
	for f, text := range want {
		if got[f] != text {
			return fmt.Errorf("%s: the %s form of %q would read %q, not %q; nothing was written", tr.Path, f, id, got[f], text)
		}
	}
	if b := nf.Block(id); b != nil && (b.Untranslated >= 0 || b.Stale >= 0) {
		return fmt.Errorf("%s: message %q would keep a doku marker; nothing was written", tr.Path, id)
	}
	for _, other := range slices.Sorted(maps.Keys(tr.Messages)) {
		if other == id {
			continue
		}
		om, nm := tr.Messages[other], nf.Messages[other]
		if nm == nil || !maps.Equal(Forms(om), Forms(nm)) || om.Hash != nm.Hash || om.Description != nm.Description {
			return fmt.Errorf("%s: saving %q would change message %q; nothing was written", tr.Path, id, other)
		}
	}
	if len(nf.Messages) != len(tr.Messages)+btoi(tr.Messages[id] == nil) {
		return fmt.Errorf("%s: saving %q would change the number of messages; nothing was written", tr.Path, id)
	}
	return nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
