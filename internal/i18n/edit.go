package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// editor collects line edits to a catalog and applies them in one pass,
// so line numbers stay those of the file as read. Everything it does not
// touch (comments, order, spacing, the translator's text) stays byte for
// byte.
type editor struct {
	lines   []string
	replace map[int][]string // line → its replacement (nil deletes it)
	before  map[int][]string // line → lines to put above it
	after   map[int][]string // line → lines to put below it
}

func newEditor(lines []string) *editor {
	return &editor{lines: lines, replace: map[int][]string{}, before: map[int][]string{}, after: map[int][]string{}}
}

func (e *editor) insertAfter(line int, ls ...string) { e.after[line] = append(e.after[line], ls...) }
func (e *editor) insertBefore(line int, ls ...string) {
	e.before[line] = append(e.before[line], ls...)
}
func (e *editor) replaceLine(line int, ls ...string) { e.replace[line] = ls }

func (e *editor) text() []byte {
	var out []string
	for i, l := range e.lines {
		out = append(out, e.before[i]...)
		if r, ok := e.replace[i]; ok {
			out = append(out, r...)
		} else {
			out = append(out, l)
		}
		out = append(out, e.after[i]...)
	}
	return []byte(strings.Join(out, "\n"))
}

// appendAtEnd adds lines at the end of the file, before its final newline.
func (e *editor) appendAtEnd(ls ...string) {
	last := len(e.lines) - 1
	for last > 0 && strings.TrimSpace(e.lines[last]) == "" {
		last--
	}
	e.insertAfter(last, ls...)
}

// tomlString writes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if unicode.IsControl(r) {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlKey writes a message ID as a table name, quoting it where a bare
// dotted key would not do.
func tomlKey(id string) string {
	for _, r := range id {
		if !(r == '.' || r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return tomlString(id)
		}
	}
	return id
}

// WriteAtomic replaces the file at p with data: written to a temporary
// file in the same folder, synced, then renamed over p, so a crash leaves
// either the old file or the new one, never half of one. The file keeps
// its permissions.
func WriteAtomic(p string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(p); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), p)
}
