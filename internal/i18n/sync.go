package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// SyncResult counts what Sync changed in a translation.
type SyncResult struct {
	// Added messages were missing and now hold the English text, marked
	// untranslated; Refreshed untranslated ones got the new English text.
	Added, Refreshed int
	// Adopted translations had no source hash and got the current one:
	// doku takes them as made from the current English.
	Adopted int
	// MarkedStale translations got a stale marker; Unmarked ones lost it
	// because their hash now matches.
	MarkedStale, Unmarked int
}

// Changed reports whether Sync changed anything.
func (r SyncResult) Changed() bool { return r != SyncResult{} }

func (r SyncResult) String() string {
	return fmt.Sprintf("%d added as untranslated, %d untranslated refreshed, %d hashes recorded, %d marked stale, %d stale marks removed",
		r.Added, r.Refreshed, r.Adopted, r.MarkedStale, r.Unmarked)
}

// Sync brings translation tr up to date with src and returns the new text
// of tr's file. It only adds and marks: a message missing in tr is added
// with the English text, marked untranslated, after the message that
// precedes it in src; a translation whose English changed gets a stale
// marker and keeps its text and old hash; a translation without a hash
// gets the current one. Translations, comments and order are kept.
//
// The result is parsed again and refused (an error, nothing to write)
// unless it holds every message tr held with the same translated text.
func Sync(src, tr *File) ([]byte, SyncResult, error) {
	var res SyncResult
	e := newEditor(tr.Lines)
	prevEnd := -1 // last line of the tr block of the previous source message
	for _, id := range src.IDs() {
		sm := src.Messages[id]
		want := SourceHash(sm)
		m := tr.Messages[id]
		b := tr.Block(id)
		switch {
		case m == nil:
			block := untranslatedBlock(id, sm, tr.Locale)
			switch {
			case prevEnd >= 0:
				e.insertAfter(prevEnd, append([]string{""}, block...)...)
			case len(tr.Blocks) > 0:
				e.insertBefore(tr.Blocks[0].Lead, append(block, "")...)
			default:
				e.appendAtEnd(append([]string{""}, block...)...)
			}
			res.Added++
			continue
		case b == nil:
			// Written as a plain key, not a table: leave it alone.
			continue
		case b.Untranslated >= 0:
			if m.Hash != want {
				block := untranslatedBlock(id, sm, tr.Locale)
				e.replaceLine(b.Header, block...)
				for i := b.Header + 1; i < b.End; i++ {
					e.replaceLine(i)
				}
				res.Refreshed++
			}
		case m.Hash == "":
			e.insertAfter(keyLine(b, "description", b.Header), "hash = "+tomlString(want))
			res.Adopted++
		case m.Hash != want:
			mark := staleMark(sm)
			if b.Stale < 0 {
				e.insertAfter(b.Header, mark)
				res.MarkedStale++
			} else if strings.TrimSpace(tr.Lines[b.Stale]) != mark {
				e.replaceLine(b.Stale, mark)
			}
		case b.Stale >= 0:
			e.replaceLine(b.Stale)
			res.Unmarked++
		}
		prevEnd = b.End - 1
	}
	out := e.text()
	if err := keepsEverything(tr, out); err != nil {
		return nil, res, err
	}
	return out, res, nil
}

// untranslatedBlock is the table sync adds for a message missing in a
// translation: the English text, a marker, and the source hash.
func untranslatedBlock(id string, sm *goi18n.Message, locale string) []string {
	ls := []string{"[" + tomlKey(id) + "]", MarkUntranslated}
	if sm.Description != "" {
		ls = append(ls, "description = "+tomlString(sm.Description))
	}
	ls = append(ls, "hash = "+tomlString(SourceHash(sm)))
	forms := []string{"other"}
	if IsPlural(sm) {
		forms = RequiredForms(locale)
	}
	src := Forms(sm)
	for _, f := range forms {
		text, ok := src[f]
		if !ok {
			text = sm.Other
		}
		ls = append(ls, f+" = "+tomlString(text))
	}
	return ls
}

// staleMark is the comment sync puts in a stale translation: the marker
// and the English text as it reads now.
func staleMark(sm *goi18n.Message) string {
	return MarkStale + ": the English now reads " + strings.ReplaceAll(tomlString(sm.Other), "\n", " ")
}

func keyLine(b *Block, key string, def int) int {
	if l, ok := b.Keys[key]; ok {
		return l
	}
	return def
}

// keepsEverything parses the new text of tr's file and fails unless it
// still holds every message of tr, with the same text for every message
// that was translated.
func keepsEverything(tr *File, out []byte) error {
	dc := &diag.Collector{}
	nf := ParseFile(tr.Path, tr.Locale, out, dc)
	if nf == nil {
		return fmt.Errorf("%s: the updated catalog would not parse (%v); nothing was written", tr.Path, dc.All())
	}
	if len(nf.Messages) < len(tr.Messages) {
		return fmt.Errorf("%s: the updated catalog would hold %d messages, fewer than its %d; nothing was written", tr.Path, len(nf.Messages), len(tr.Messages))
	}
	for _, id := range slices.Sorted(maps.Keys(tr.Messages)) {
		m, nm := tr.Messages[id], nf.Messages[id]
		if nm == nil {
			return fmt.Errorf("%s: the updated catalog would lose message %q; nothing was written", tr.Path, id)
		}
		if b := tr.Block(id); (b == nil || b.Untranslated < 0) && !maps.Equal(Forms(m), Forms(nm)) {
			return fmt.Errorf("%s: the updated catalog would change the translation of %q; nothing was written", tr.Path, id)
		}
	}
	return nil
}
