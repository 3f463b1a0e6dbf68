package defects

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// detectCodeFlags finds code blocks whose MDN info-string flags were
// rendered wrongly, one detail per flag:
//
//   - "hidden": a <pre> with the class hidden that no stylesheet of the
//     page hides (MDN never shows these; they feed live samples).
//   - "example-good", "example-bad": the class is there but no stylesheet
//     of the page styles it, so the reader loses MDN's good/bad marker.
//   - "nolint": a language with MDN's -nolint suffix ("js-nolint") left
//     without highlighting.
//   - "interactive-example": a block of an interactive example shown as
//     plain code outside an example's figure, or an example's figure
//     without the frame that runs it (no frame, or a frame page missing
//     from the output or missing a script it loads, such as the compiler
//     of WebAssembly text), where MDN shows its editor.
func detectCodeFlags(c *pageContext) []Finding {
	var fs []Finding
	seen := map[string]bool{}
	add := func(detail string) {
		if !seen[detail] {
			seen[detail] = true
			fs = append(fs, Finding{Kind: KindCodeFlags, Detail: detail})
		}
	}
	for _, pre := range c.page.pres {
		for _, class := range pre.classes {
			switch {
			case class == "hidden" && !c.styled(".hidden"):
				add("hidden")
			case (class == "example-good" || class == "example-bad") && !c.styled("."+class):
				add(class)
			case strings.HasSuffix(class, "-nolint") && !pre.highlighted:
				add("nolint")
			case (class == "interactive-example" || class == "interactive-example-choice") && !pre.inExample:
				add("interactive-example")
			}
		}
	}
	for _, src := range c.page.ixFrames {
		if src == "" || !c.styles.frameRuns(path.Join(c.dir, src)) {
			add("interactive-example")
		}
	}
	return fs
}

// styled says whether a stylesheet of the page has a rule for the class
// selector sel (".hidden").
func (c *pageContext) styled(sel string) bool {
	return slices.ContainsFunc(c.page.stylesheets, func(href string) bool {
		return c.styles.has(path.Join(c.dir, href), sel)
	})
}

// styleCache reads each stylesheet, and each interactive example's
// frame page, of the site once.
type styleCache struct {
	out    fs.FS
	mu     sync.Mutex
	css    map[string]string
	frames map[string]bool
}

func newStyleCache(out fs.FS) *styleCache {
	return &styleCache{out: out, css: map[string]string{}, frames: map[string]bool{}}
}

// has says whether the stylesheet at name (a path in the output) names
// the class selector sel, not as part of a longer name.
func (s *styleCache) has(name, sel string) bool {
	s.mu.Lock()
	css, ok := s.css[name]
	if !ok {
		data, _ := fs.ReadFile(s.out, name) // a missing stylesheet styles nothing
		css = string(data)
		s.css[name] = css
	}
	s.mu.Unlock()
	for i := 0; ; {
		j := strings.Index(css[i:], sel)
		if j < 0 {
			return false
		}
		end := i + j + len(sel)
		if end == len(css) || !isNameByte(css[end]) {
			return true
		}
		i = end
	}
}

func isNameByte(b byte) bool {
	return b == '-' || b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
