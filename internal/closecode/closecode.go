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
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

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
	// Source says where the entry's meaning is defined ("RFC 6455,
	// section 7.4.1; IANA registry"), for whoever checks or edits the
	// data; pages do not show it.
	Source string `toml:"source"`

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
		dc.Errorf(diag.Pos{File: path}, diag.CloseCodes, "keep the data file inside the content tree: doku follows no link out of it",
			"cannot read the close-code data: %v", err)
		return nil, err
	}
	// Each entry is decoded on its own, so that a wrong type or an unknown
	// key is reported at the entry's line: toml's metadata keeps one
	// position per key name ("code.from"), that of its last occurrence.
	var f struct {
		Code []toml.Primitive `toml:"code"`
	}
	md, err := toml.Decode(string(src), &f)
	if err != nil {
		pos, msg := diag.TOMLError(path, err)
		dc.Errorf(pos, diag.CloseCodes, entryHint, "close-code data is not valid TOML: %s", msg)
		return nil, err
	}
	lines := bytes.Split(src, []byte("\n"))
	headers := entryLines(lines)
	var entries []Entry
	var typeErr error
	for i, prim := range f.Code {
		first, last := 1, len(lines)
		if i < len(headers) {
			first = headers[i]
		}
		if i+1 < len(headers) {
			last = headers[i+1] - 1
		}
		var keys map[string]any
		_ = md.PrimitiveDecode(prim, &keys) // a table always decodes into a map
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			if !slices.Contains(knownKeys, k) {
				dc.Errorf(keyPos(path, lines, first, last, k), diag.CloseCodes,
					"known keys: "+strings.Join(knownKeys, ", "), "unknown key %q", "code."+k)
			}
		}
		e := Entry{Line: first}
		if err := md.PrimitiveDecode(prim, &e); err != nil {
			key := lastKey(err)
			dc.Errorf(keyPos(path, lines, first, last, key), diag.CloseCodes, entryHint,
				"close-code data is not valid TOML: %q: %s", "code."+key, typeMessage(err))
			typeErr = err
			continue
		}
		e.Line = first
		entries = append(entries, e)
	}
	for _, k := range md.Undecoded() {
		if k[0] != "code" && len(k) == 1 {
			dc.Errorf(keyPos(path, lines, 1, len(lines), k[0]), diag.CloseCodes, "the file holds [[code]] entries only", "unknown key %q", k.String())
		}
	}
	if typeErr != nil {
		return nil, typeErr
	}
	t := &Table{Path: path, Entries: entries}
	t.check(dc)
	return t, nil
}

const entryHint = "each entry is a [[code]] table with from, to, name, description (integers for from and to)"

// knownKeys are the keys of a [[code]] entry.
var knownKeys = []string{"from", "to", "constant", "sendable", "close-method", "name", "description", "source"}

// entryLines returns the line of each "[[code]]" header, in order.
func entryLines(lines [][]byte) []int {
	var at []int
	for i, l := range lines {
		header, _, _ := bytes.Cut(l, []byte("#"))
		if string(bytes.TrimSpace(header)) == "[[code]]" {
			at = append(at, i+1)
		}
	}
	return at
}

// keyPos finds the line, between first and last, on which key is set
// ("key = ..." or a table "[key]"); first if it cannot tell.
func keyPos(file string, lines [][]byte, first, last int, key string) diag.Pos {
	for n := first; n <= last && n <= len(lines); n++ {
		l := bytes.TrimLeft(lines[n-1], " \t")
		name, _, ok := bytes.Cut(l, []byte("="))
		if !ok && bytes.HasPrefix(l, []byte("[")) {
			name, _, ok = bytes.Cut(l[1:], []byte("]"))
		}
		if ok && strings.Trim(string(bytes.TrimSpace(name)), `"'`) == key {
			return diag.Pos{File: file, Line: n, Col: len(lines[n-1]) - len(l) + 1}
		}
	}
	return diag.Pos{File: file, Line: first, Col: 1}
}

// lastKey is the key a toml decoding error names ('(last key "code.from")'),
// without its table.
func lastKey(err error) string {
	var pe toml.ParseError
	k := ""
	if errors.As(err, &pe) {
		k = pe.LastKey
	} else if _, rest, ok := strings.Cut(err.Error(), `last key "`); ok {
		k, _, _ = strings.Cut(rest, `"`)
	}
	return k[strings.LastIndexByte(k, '.')+1:]
}

// typeMessage is a toml decoding error without the position toml puts in
// front ("toml: line 2 (last key ...): ").
func typeMessage(err error) string {
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, "): "); ok {
		return rest
	}
	return strings.TrimPrefix(msg, "toml: ")
}

func (t *Table) pos(e Entry) diag.Pos { return diag.Pos{File: t.Path, Line: e.Line, Col: 1} }

// check verifies that the entries are well formed and cover 0–Max exactly
// once, then sorts them by code.
func (t *Table) check(dc *diag.Collector) {
	for _, e := range t.Entries {
		switch {
		case e.From < 0 || e.To > Max || e.From > e.To:
			dc.Errorf(t.pos(e), diag.CloseCodes, fmt.Sprintf("codes run from 0 to %d and from <= to", Max),
				"bad range %d–%d", e.From, e.To)
		case e.Name == "" || e.Description == "":
			dc.Errorf(t.pos(e), diag.CloseCodes, "set name and description to catalog message IDs", "entry %d has no name or description key", e.From)
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
			dc.Errorf(t.pos(e), diag.CloseCodes, "remove one of the two entries", "code %d is listed twice (also at line %d)", e.From, prev.Line)
		case prev != nil && e.From < next:
			dc.Errorf(t.pos(e), diag.CloseCodes, "make the ranges meet without overlapping",
				"%d–%d overlaps the entry at line %d", e.From, e.To, prev.Line)
		case e.From > next:
			dc.Errorf(t.pos(e), diag.CloseCodes, "add an entry for the missing codes",
				"codes %d–%d are not covered", next, e.From-1)
		}
		next = max(next, e.To+1)
		prev = &t.Entries[i]
	}
	if next <= Max {
		dc.Errorf(diag.Pos{File: t.Path}, diag.CloseCodes, "add an entry for the missing codes", "codes %d–%d are not covered", next, Max)
	}
}

// CheckMessages reports every entry whose name or description is missing
// from a locale's catalog.
func (t *Table) CheckMessages(msgs Messages, locales []string, dc *diag.Collector) {
	for _, e := range t.Entries {
		for _, id := range []string{e.Name, e.Description} {
			for _, l := range locales {
				if id != "" && !msgs.Has(l, id) {
					dc.Errorf(t.pos(e), diag.CloseCodes, fmt.Sprintf("add [%s] to %s", id, msgs.Path(l)),
						"message %q of code %d is missing in the %s catalog", id, e.From, l)
				}
			}
		}
	}
}
