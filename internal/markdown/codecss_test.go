package markdown

import (
	"strings"
	"testing"
)

// Error tokens, which chroma emits for syntax its grammar lacks, must not
// be drawn as red boxes: the stylesheet gives .err no rule of its own.
func TestCodeCSSShowsErrorsAsText(t *testing.T) {
	var b strings.Builder
	if err := WriteCodeCSS(&b); err != nil {
		t.Fatal(err)
	}
	css := b.String()
	if !strings.Contains(css, ".chroma .k ") && !strings.Contains(css, ".chroma .k{") {
		t.Fatalf("stylesheet has no keyword rule, so it is not chroma's:\n%.400s", css)
	}
	for _, line := range strings.Split(css, "\n") {
		if strings.Contains(line, ".err") && strings.Contains(line, "color") {
			t.Errorf("error tokens are styled: %s", line)
		}
	}
}
