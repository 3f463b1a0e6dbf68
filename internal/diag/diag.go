// Package diag collects the problems doku finds in a site's input.
//
// A Diagnostic names a position (file, line, column), a severity, a kind,
// what is wrong and, where doku can tell, how to fix it. Code deep inside
// the pipeline never prints: it reports to a Collector passed in, and the
// command at the top decides how to show the result (text or JSON) and
// whether the build fails.
package diag

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Severity says whether a diagnostic fails a build.
type Severity int

const (
	// Warning is reported but does not fail a build (fallbacks, for example).
	Warning Severity = iota
	// Error fails the build; the previous output stays in place.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// MarshalText lets JSON output carry "error" and "warning".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Pos is a position in an input file. Line and Col count from 1; Col counts
// bytes, as go/token does. A zero Line means the whole file.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Diagnostic is one problem found in the input.
type Diagnostic struct {
	Pos      Pos      `json:"pos"`
	Severity Severity `json:"severity"`
	// Kind groups diagnostics for summaries and filters: Link,
	// FrontMatter, CloseCodes, ... (kinds.go lists them).
	Kind    Kind   `json:"kind"`
	Message string `json:"message"`
	// Hint says how to fix it; may be empty.
	Hint string `json:"hint,omitempty"`
}

func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s: %s: %s [%s]", d.Pos, d.Severity, d.Message, d.Kind)
	if d.Hint != "" {
		s += "\n\thint: " + d.Hint
	}
	return s
}

// Collector gathers diagnostics from concurrent workers. The zero value is
// ready to use.
type Collector struct {
	mu    sync.Mutex
	diags []Diagnostic
}

// Report adds d.
func (c *Collector) Report(d Diagnostic) {
	c.mu.Lock()
	c.diags = append(c.diags, d)
	c.mu.Unlock()
}

// Errorf reports an error at pos.
func (c *Collector) Errorf(pos Pos, kind Kind, hint, format string, args ...any) {
	c.Report(Diagnostic{Pos: pos, Severity: Error, Kind: kind, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// Warnf reports a warning at pos.
func (c *Collector) Warnf(pos Pos, kind Kind, hint, format string, args ...any) {
	c.Report(Diagnostic{Pos: pos, Severity: Warning, Kind: kind, Message: fmt.Sprintf(format, args...), Hint: hint})
}

// All returns the diagnostics sorted by file, line, column and message, so
// that output does not depend on the order workers finished in. Duplicates
// (the same problem reported twice, say from two renders of one page) are
// dropped.
func (c *Collector) All() []Diagnostic {
	c.mu.Lock()
	ds := slices.Clone(c.diags)
	c.mu.Unlock()
	slices.SortFunc(ds, compare)
	return slices.CompactFunc(ds, func(a, b Diagnostic) bool { return compare(a, b) == 0 })
}

func compare(a, b Diagnostic) int {
	return cmp.Or(
		strings.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		strings.Compare(a.Message, b.Message),
		strings.Compare(string(a.Kind), string(b.Kind)),
		cmp.Compare(a.Severity, b.Severity),
		strings.Compare(a.Hint, b.Hint),
	)
}

// Count returns how many diagnostics have severity s.
func (c *Collector) Count(s Severity) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, d := range c.diags {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether any error was reported.
func (c *Collector) HasErrors() bool { return c.Count(Error) > 0 }

// LineCol converts a byte offset in src to a 1-based line and column.
func LineCol(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1 + bytes.Count(src[:off], []byte{'\n'})
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, off - start + 1
}
