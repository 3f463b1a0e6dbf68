// Package closecode reads the table of WebSocket close codes, a data file
// of the site (content/data/close-codes.toml), and checks it: the entries
// cover 0–4999 exactly once, and every entry's name and description exist
// in every locale's catalog. The table is rendered by the CloseCodeTable
// macro; its strings live in the catalogs, not here.
package closecode

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"

	"doku/internal/diag"

	"github.com/BurntSushi/toml"
)

// Path is where a site keeps the table, relative to its content folder.
const Path = "data/close-codes.toml"

// Max is the largest close code a frame can carry that the protocol
// assigns a meaning to (RFC 6455, section 7.4.2).
const Max = 4999

// Entry is one code, or one range of codes, of the table.
type Entry struct {
	From int `toml:"from"`
	// To equals From for a single code.
	To int `toml:"to"`
	// Constant is the name some libraries give the code (CLOSE_NORMAL); may be empty.
	Constant string `toml:"constant"`
	// Sendable says whether an endpoint may put the code in a close frame.
	Sendable bool `toml:"sendable"`
	// CloseMethod says whether a browser's WebSocket.close() accepts it.
	CloseMethod bool `toml:"close-method"`
	// Name and Description are catalog message IDs.
	Name        string `toml:"name"`
	Description string `toml:"description"`

	// Line is where the entry starts in the data file.
	Line int `toml:"-"`
}

// Anchor is the entry's fragment on a page: its first code ("1006").
func (e Entry) Anchor() string { return strconv.Itoa(e.From) }

// IsRange reports whether the entry covers more than one code.
func (e Entry) IsRange() bool { return e.To != e.From }

// Table is the whole file, ordered by code.
type Table struct {
	Path    string
	Entries []Entry
}

// Messages can tell whether a locale's catalog defines a message.
type Messages interface {
	Has(locale, id string) bool
	Path(locale string) string
}

// Load reads and checks the table at path in fsys; file is the path
// diagnostics show. A missing file is not an error (a site without close
// codes); a broken one is.
func Load(fsys fs.FS, path, file string, dc *diag.Collector) (*Table, error) {
	src, err := fs.ReadFile(fsys, path)
	path = file
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var f struct {
		Code []Entry `toml:"code"`
	}
	md, err := toml.Decode(string(src), &f)
	if err != nil {
		pos, msg := diag.TOMLError(path, err)
		dc.Errorf(pos, "close-codes", "each entry is a [[code]] table with from, to, name, description", "close-code data is not valid TOML: %s", msg)
		return nil, err
	}
	for _, k := range md.Undecoded() {
		dc.Errorf(diag.Pos{File: path, Line: 1, Col: 1}, "close-codes",
			"known keys: from, to, constant, sendable, close-method, name, description", "unknown key %q", k.String())
	}
	lines := entryLines(src)
	for i := range f.Code {
		if i < len(lines) {
			f.Code[i].Line = lines[i]
		}
	}
	t := &Table{Path: path, Entries: f.Code}
	t.check(dc)
	return t, nil
}

// entryLines returns the line of each "[[code]]" header, in order.
func entryLines(src []byte) []int {
	var lines []int
	for i, l := range bytes.Split(src, []byte("\n")) {
		header, _, _ := bytes.Cut(l, []byte("#"))
		if string(bytes.TrimSpace(header)) == "[[code]]" {
			lines = append(lines, i+1)
		}
	}
	return lines
}

func (t *Table) pos(e Entry) diag.Pos { return diag.Pos{File: t.Path, Line: e.Line, Col: 1} }

// check verifies that the entries are well formed and cover 0–Max exactly
// once, then sorts them by code.
func (t *Table) check(dc *diag.Collector) {
	for _, e := range t.Entries {
		switch {
		case e.From < 0 || e.To > Max || e.From > e.To:
			dc.Errorf(t.pos(e), "close-codes", fmt.Sprintf("codes run from 0 to %d and from <= to", Max),
				"bad range %d–%d", e.From, e.To)
		case e.Name == "" || e.Description == "":
			dc.Errorf(t.pos(e), "close-codes", "set name and description to catalog message IDs", "entry %d has no name or description key", e.From)
		}
	}
	slices.SortStableFunc(t.Entries, func(a, b Entry) int { return cmp.Compare(a.From, b.From) })
	next := 0
	var prev *Entry
	for i, e := range t.Entries {
		// A range reaching out of 0–Max was reported above; its part
		// inside still counts, so no gap is reported twice.
		e.From, e.To = max(e.From, 0), min(e.To, Max)
		if e.From > e.To {
			continue
		}
		switch {
		case prev != nil && e.From == prev.From:
			dc.Errorf(t.pos(e), "close-codes", "remove one of the two entries", "code %d is listed twice (also at line %d)", e.From, prev.Line)
		case prev != nil && e.From < next:
			dc.Errorf(t.pos(e), "close-codes", "make the ranges meet without overlapping",
				"%d–%d overlaps the entry at line %d", e.From, e.To, prev.Line)
		case e.From > next:
			dc.Errorf(t.pos(e), "close-codes", "add an entry for the missing codes",
				"codes %d–%d are not covered", next, e.From-1)
		}
		next = max(next, e.To+1)
		prev = &t.Entries[i]
	}
	if next <= Max {
		dc.Errorf(diag.Pos{File: t.Path}, "close-codes", "add an entry for the missing codes", "codes %d–%d are not covered", next, Max)
	}
}

// CheckMessages reports every entry whose name or description is missing
// from a locale's catalog.
func (t *Table) CheckMessages(msgs Messages, locales []string, dc *diag.Collector) {
	for _, e := range t.Entries {
		for _, id := range []string{e.Name, e.Description} {
			for _, l := range locales {
				if id != "" && !msgs.Has(l, id) {
					dc.Errorf(t.pos(e), "close-codes", fmt.Sprintf("add [%s] to %s", id, msgs.Path(l)),
						"message %q of code %d is missing in the %s catalog", id, e.From, l)
				}
			}
		}
	}
}
