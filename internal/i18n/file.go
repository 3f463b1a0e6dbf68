package i18n

import (
	"io/fs"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// File is one catalog as a translator wrote it: its messages as go-i18n
// reads them, and its text as lines, so that the translator tools (check,
// extract, sync) can point at lines and edit the file without re-encoding
// it, which would lose comments and order.
type File struct {
	Path   string
	Locale string
	// Lines is the file's text split at "\n" (a final newline gives a
	// last empty line).
	Lines []string
	// Blocks are the message tables in file order.
	Blocks   []Block
	Messages map[string]*goi18n.Message
}

// Block is the text of one "[ID]" table. Lines are 0-based indexes into
// File.Lines.
type Block struct {
	ID string
	// Lead is the first line of the comments and blank lines just above
	// the header that belong to this message; Header the "[ID]" line; End
	// the line after the block's last key.
	Lead, Header, End int
	// Keys maps a key ("other", "hash") to its line.
	Keys map[string]int
	// Untranslated and Stale are the lines of doku's markers, or -1.
	Untranslated, Stale int
}

// Markers doku writes into a translation's message table. They are TOML
// comments, because go-i18n refuses tables that mix its keys with others.
const (
	MarkUntranslated = "# doku: untranslated"
	MarkStale        = "# doku: stale"
)

// ReadFile reads and parses the catalog at p in fsys for locale. Syntax
// errors are reported to dc with their position and give a nil File.
func ReadFile(fsys fs.FS, p, locale string, dc *diag.Collector) *File {
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		dc.Errorf(diag.Pos{File: p}, diag.Catalog, "create it: one [MessageID] table per message with 'description' and 'other'",
			"cannot read the %s catalog: %v", locale, err)
		return nil
	}
	return ParseFile(p, locale, src, dc)
}

// ParseFile parses catalog text; see ReadFile.
func ParseFile(p, loc string, src []byte, dc *diag.Collector) *File {
	raw, err := decodeTOML(p, src, dc)
	if err != nil {
		return nil
	}
	// go-i18n is handed the table decoded above rather than the text:
	// decoding the TOML is most of the cost of loading a catalog.
	msgs, err := goi18n.ParseMessageBytes(src, func(_ []byte, v any) error {
		*v.(*any) = raw
		return nil
	})
	if err != nil {
		dc.Errorf(diag.Pos{File: p, Line: 1, Col: 1}, diag.Catalog, "each message is a table with 'description' and 'other' (and plural forms 'one', ...)",
			"catalog cannot be read: %v", err)
		return nil
	}
	f := &File{Path: p, Locale: loc, Lines: strings.Split(string(src), "\n"), Messages: map[string]*goi18n.Message{}}
	for _, m := range msgs {
		f.Messages[m.ID] = m
	}
	f.Blocks = scanBlocks(f.Lines)
	return f
}

// renamed returns a copy of f read from the file at p: a catalog whose
// text equals f's, parsed once. Its messages are f's, which no one
// changes.
func (f *File) renamed(p string) *File {
	g := *f
	g.Path = p
	return &g
}

// Src is the file's text.
func (f *File) Src() []byte { return []byte(strings.Join(f.Lines, "\n")) }

// Block returns the table of id, or nil when id is not written as a table
// of its own.
func (f *File) Block(id string) *Block {
	for i := range f.Blocks {
		if f.Blocks[i].ID == id {
			return &f.Blocks[i]
		}
	}
	return nil
}

// Pos is where message id starts (its key's line when key is given and
// present), for diagnostics.
func (f *File) Pos(id, key string) diag.Pos {
	b := f.Block(id)
	if b == nil {
		return diag.Pos{File: f.Path}
	}
	if l, ok := b.Keys[key]; ok {
		return diag.Pos{File: f.Path, Line: l + 1, Col: 1}
	}
	return diag.Pos{File: f.Path, Line: b.Header + 1, Col: 1}
}

// IDs lists the file's message IDs in file order; messages not written as
// a table of their own come last.
func (f *File) IDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, b := range f.Blocks {
		if f.Messages[b.ID] != nil && !seen[b.ID] {
			ids = append(ids, b.ID)
			seen[b.ID] = true
		}
	}
	for id := range f.Messages {
		if !seen[id] {
			ids = append(ids, id)
		}
	}
	return ids
}

// scanBlocks finds the message tables of a catalog by reading its lines.
// It follows multi-line strings so that a line inside one that looks like
// a header is not taken for one.
func scanBlocks(lines []string) []Block {
	var blocks []Block
	inString := ""
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		if inString != "" {
			if strings.Count(l, inString)%2 == 1 {
				inString = ""
			}
			continue
		}
		if id, ok := headerID(l); ok {
			if n := len(blocks); n > 0 {
				blocks[n-1].End = lastKeyLine(lines, blocks[n-1].Header, i) + 1
			}
			blocks = append(blocks, Block{ID: id, Header: i, Lead: leadStart(lines, i), Keys: map[string]int{}, Untranslated: -1, Stale: -1})
			continue
		}
		if len(blocks) == 0 {
			continue
		}
		b := &blocks[len(blocks)-1]
		switch {
		case l == MarkUntranslated:
			b.Untranslated = i
		case strings.HasPrefix(l, MarkStale):
			b.Stale = i
		case l == "" || l[0] == '#':
		default:
			key, val, ok := strings.Cut(l, "=")
			if ok {
				b.Keys[strings.ToLower(strings.Trim(strings.TrimSpace(key), `"'`))] = i
				for _, q := range []string{`"""`, `'''`} {
					if strings.Count(val, q)%2 == 1 {
						inString = q
					}
				}
			}
		}
	}
	if n := len(blocks); n > 0 {
		blocks[n-1].End = lastKeyLine(lines, blocks[n-1].Header, len(lines)) + 1
	}
	return blocks
}

// headerID returns the ID of a "[ID]" or `["ID"]` header line.
func headerID(l string) (string, bool) {
	if len(l) < 3 || l[0] != '[' || l[1] == '[' {
		return "", false
	}
	end := strings.IndexByte(l, ']')
	if end < 0 || strings.TrimSpace(l[end+1:]) != "" && !strings.HasPrefix(strings.TrimSpace(l[end+1:]), "#") {
		return "", false
	}
	id := strings.ReplaceAll(l[1:end], `"`, "")
	return strings.TrimSpace(id), true
}

// lastKeyLine is the last line in (header, next) that is not blank and
// not a comment that leads into the next block; doku's markers count as
// part of the block.
func lastKeyLine(lines []string, header, next int) int {
	last := header
	for i := header + 1; i < next; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if l[0] == '#' && l != MarkUntranslated && !strings.HasPrefix(l, MarkStale) {
			continue
		}
		last = i
	}
	return last
}

// leadStart is the first line of the comment lines directly above header
// (no blank line between), which describe this message.
func leadStart(lines []string, header int) int {
	i := header
	for i > 0 {
		l := strings.TrimSpace(lines[i-1])
		if l == "" || l[0] != '#' || l == MarkUntranslated || strings.HasPrefix(l, MarkStale) {
			break
		}
		i--
	}
	return i
}
