package content

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/doku-docs/doku/internal/diag"
)

// FuzzSplitFrontMatter checks the front-matter splitter and decoder on any
// page: no panic; a split's YAML and body are the page's own bytes, in
// order, and the body starts on the line said; every diagnostic points
// into the page; and a page that parses has a slug that names a folder
// inside the output (CheckSlug) or is reported.
func FuzzSplitFrontMatter(f *testing.F) {
	for _, s := range []string{
		"", "---", "---\n", "---\n---\n", "---\r\n---\r\n", "\uFEFF---\ntitle: T\nslug: S\n---\nbody\n",
		"---\ntitle: T\nslug: Web/API/X\n---\n\n# Heading\n", "---\ntitle: [\n---\n", "---\ntitle: \"T\n---\n",
		"---\ntitle: T\nslug: S\n", "---\n- a\n---\n", "---\ntitle: T\nslug: ../../etc\n---\n",
		"---\ntitle: T\nslug: \"a\\0b\"\n---\n", "---\ntitle: T\nslug: a\\b\n---\n", "---\ntitle: T\nslug: /abs\n---\n",
		"---\n{title: T, slug: S, x: 1}\n---\n", "---\ntitle: T\nslug: S\nstatus: [a,\n  b]\n- x\n---\n",
		"---\ntitle: &a T\nslug: *a\n---\n", "---\ntitle: !!binary aGk=\nslug: S\n---\n", "--- \n---\t\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		yamlSrc, body, bodyLine, err := SplitFrontMatter(src)
		if err == nil {
			trimmed := bytes.TrimPrefix(src, []byte("\uFEFF"))
			if !bytes.Contains(trimmed, yamlSrc) || !bytes.HasSuffix(trimmed, body) {
				t.Fatalf("SplitFrontMatter(%q): YAML %q or body %q not from the page", src, yamlSrc, body)
			}
			// A page ending in the closing fence, without a newline, has
			// its empty body on the line after the fence, as if the
			// newline were there.
			want := 1 + bytes.Count(trimmed[:len(trimmed)-len(body)], []byte("\n"))
			if len(body) == 0 && !bytes.HasSuffix(trimmed, []byte("\n")) {
				want++
			}
			if bodyLine != want {
				t.Fatalf("SplitFrontMatter(%q): body on line %d, want %d", src, bodyLine, want)
			}
		}
		var dc diag.Collector
		fm, _, _, ok := ParseFrontMatter("page.md", src, false, &dc)
		lines := 1 + bytes.Count(src, []byte("\n"))
		for _, d := range dc.All() {
			if d.Pos.File != "page.md" || d.Pos.Line < 0 || d.Pos.Line > lines {
				t.Fatalf("ParseFrontMatter(%q): %v points outside the page (%d lines)", src, d, lines)
			}
		}
		if ok && CheckSlug(fm.Slug) == nil {
			out := filepath.FromSlash("de/docs/" + fm.Slug + "/index.html")
			if !filepath.IsLocal(out) || strings.ContainsRune(fm.Slug, 0) {
				t.Fatalf("slug %q passes CheckSlug but %q is not inside the output", fm.Slug, out)
			}
		}
	})
}
