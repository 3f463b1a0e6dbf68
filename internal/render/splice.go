package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math/rand/v2"
)

// layouts run a layout by name (a *layout.Theme).
type layouts interface {
	Execute(w io.Writer, name string, data any) error
}

// runLayout writes the page d in layout into buf, its parts spliced
// (see splice); spliced says they were, false if the layout ran again
// with the parts themselves.
func runLayout(t layouts, buf *bytes.Buffer, layout string, d pageData) (spliced bool, err error) {
	sp := &splice{out: buf}
	d.splice = sp
	if d.Sidebar != nil {
		d.Sidebar.splice = sp
	}
	start := buf.Len()
	if err := t.Execute(sp, layout, d); err == nil && sp.whole() {
		return true, nil
	}
	// Again with the parts themselves, for the page or the error the
	// layout makes of them.
	buf.Truncate(start)
	sp.direct = true
	return false, t.Execute(buf, layout, d)
}

// splice puts a page's body and sidebar into the page as they are. The
// layout is given a mark in their place, and the writer the layout
// prints to puts the bytes where the mark is printed: printed through the
// template, each (up to hundreds of kilobytes) was copied into a string
// first and then into fmt's buffer, a tenth of all the bytes a build of
// MDN's tree allocated.
//
// A mark stands for its part only where the layout prints it in HTML
// text, as the part itself would be printed there, unchanged. A layout
// that does anything else with a part (prints it in an attribute, tests
// it, measures it) asks for it more often than its mark is printed
// whole; execute then runs the layout again with the parts themselves,
// so the page is always what the layout makes of them.
type splice struct {
	out   *bytes.Buffer
	parts [2]splicePart
	// direct gives the layout the parts themselves.
	direct bool
}

type splicePart struct {
	data []byte
	// asked counts the layout's requests for the part, put the marks
	// replaced by it.
	asked, put int
}

const (
	spliceBody = iota
	spliceSidebar
)

// spliceMarks stand for the parts. The random middle keeps content from
// spelling one; NUL keeps any text the layout escapes from becoming one.
var spliceMarks = func() [2]string {
	r := rand.Uint64()
	return [2]string{fmt.Sprintf("\x00doku-body-%x\x00", r), fmt.Sprintf("\x00doku-sidebar-%x\x00", r)}
}()

// html is what the layout gets for part i, whose bytes are data.
func (s *splice) html(i int, data []byte) template.HTML {
	if s == nil || s.direct {
		return template.HTML(data)
	}
	s.parts[i].data = data
	s.parts[i].asked++
	return template.HTML(spliceMarks[i])
}

// Write writes what the layout prints, each mark printed alone replaced
// by its part.
func (s *splice) Write(p []byte) (int, error) {
	if len(p) > 0 && p[0] == 0 {
		for i, m := range spliceMarks {
			if string(p) == m {
				s.parts[i].put++
				s.out.Write(s.parts[i].data)
				return len(p), nil
			}
		}
	}
	return s.out.Write(p)
}

// whole says every request for a part ended in its mark printed whole.
func (s *splice) whole() bool {
	for _, p := range s.parts {
		if p.asked != p.put {
			return false
		}
	}
	return true
}
