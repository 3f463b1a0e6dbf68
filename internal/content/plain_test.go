package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/doku-docs/doku/internal/diag"

	"github.com/google/go-cmp/cmp"
)

// TestLoadPagesWithoutFrontMatter loads pages that give neither slug nor
// title: the slug is their path, the title their first heading, and what
// the front matter does give wins.
func TestLoadPagesWithoutFrontMatter(t *testing.T) {
	fsys := fstest.MapFS{
		"en-US/index.md":               {Data: []byte("# Welcome\n\nStart here.\n")},
		"en-US/howto/install.md":       {Data: []byte("Intro line.\n\n# Install *it* with `go`\n\nRun it.\n")},
		"en-US/howto/index.md":         {Data: []byte("---\ntitle: How-to guides\n---\n# Ignored heading\n")},
		"en-US/howto/upgrade/index.md": {Data: []byte("---\nslug: HowTo/Upgrade\n---\n# Upgrade\n")},
		"en-US/guide/setup.md":         {Data: []byte("---\nslug: Setup\ntitle: Set up\n---\n")},
		"en-US/README.md":              {Data: []byte("Notes for the people who write the docs.\n")},
		"en-US/howto/shot.png":         {Data: []byte("\x89PNG")},
		"de/howto/install.md":          {Data: []byte("---\n---\n# Installieren\n")},
	}
	var dc diag.Collector
	tr, err := Load(fsys, Options{Name: "content", Strict: true}, &dc)
	if err != nil {
		t.Fatal(err)
	}
	if ds := dc.All(); len(ds) > 0 {
		t.Errorf("unexpected diagnostics: %v", ds)
	}
	type info struct {
		Path, Slug, Title, TitleSource string
		FromPath                       bool
		BodyLine                       int
		Body                           string
	}
	var got []info
	for _, p := range tr.Pages {
		got = append(got, info{p.Path, p.Meta.Slug, p.Meta.Title, p.Meta.TitleSource, p.SlugFromPath, p.BodyLine, string(p.Body)})
	}
	want := []info{
		{"de/howto/install.md", "howto/install", "Installieren", "Installieren", true, 3, "\n"},
		{"en-US/guide/setup.md", "Setup", "Set up", "Set up", false, 5, ""},
		{"en-US/howto/index.md", "howto", "How-to guides", "How-to guides", true, 4, "# Ignored heading\n"},
		{"en-US/howto/install.md", "howto/install", "Install it with go", "Install it with `go`", true, 1, "Intro line.\n\n\n\nRun it.\n"},
		{"en-US/howto/upgrade/index.md", "HowTo/Upgrade", "Upgrade", "Upgrade", false, 4, "\n"},
		{"en-US/index.md", "", "Welcome", "Welcome", true, 1, "\n\nStart here.\n"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Asset{{Locale: "en-US", Path: "en-US/howto/shot.png", Dir: "en-US/howto"}}, tr.Assets); diff != "" {
		t.Errorf("assets (-want +got):\n%s", diff)
	}
}

// TestLoadPageWithoutTitle reports a page that has neither a title in
// its front matter nor a heading to take one from, and leaves it out.
func TestLoadPageWithoutTitle(t *testing.T) {
	fsys := fstest.MapFS{
		"en-US/notes.md": {Data: []byte("Just text.\n\n## A second-level heading\n")},
		"en-US/ok.md":    {Data: []byte("# Fine\n")},
	}
	for _, strict := range []bool{false, true} {
		var dc diag.Collector
		tr, err := Load(fsys, Options{Name: "content", Strict: strict}, &dc)
		if err != nil {
			t.Fatal(err)
		}
		if len(tr.Pages) != 1 || tr.Pages[0].Path != "en-US/ok.md" {
			t.Errorf("strict=%v: pages %v, want only en-US/ok.md", strict, tr.Pages)
		}
		ds := dc.All()
		wantSev := diag.Warning
		if strict {
			wantSev = diag.Error
		}
		if len(ds) != 1 || ds[0].Pos.File != "content/en-US/notes.md" || ds[0].Severity != wantSev ||
			!strings.Contains(ds[0].Message, "page has no title") || !strings.Contains(ds[0].Hint, "# Title") {
			t.Errorf("strict=%v: diagnostics %v, want one %v: page has no title, at content/en-US/notes.md", strict, ds, wantSev)
		}
	}
}

func TestIsPageFile(t *testing.T) {
	for name, want := range map[string]bool{
		"index.md": true, "install.md": true, "Install.md": true, "faq-2.md": true,
		"README.md": false, "PROMPT.md": false, "CONTRIBUTING.md": false, ".md": false, ".hidden.md": false,
		"notes.txt": false, "index.markdown": false, "image.png": false,
	} {
		if got := IsPageFile(name); got != want {
			t.Errorf("IsPageFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPathSlug(t *testing.T) {
	for p, want := range map[string]string{
		"en-US/index.md":               "",
		"en-US/install.md":             "install",
		"en-US/howto/install.md":       "howto/install",
		"en-US/howto/install/index.md": "howto/install",
		"de/HowTo/Install.md":          "HowTo/Install",
	} {
		if got := PathSlug(p); got != want {
			t.Errorf("PathSlug(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestHeadingTitle(t *testing.T) {
	tests := []struct {
		body, title, rest string
		ok                bool
	}{
		{"# Install it\n\nText\n", "Install it", "\n\nText\n", true},
		{"#   Spaced   out  #\n", "Spaced out", "\n", true},
		{"# *Emphasis* and __strong__ and [a link](/x) and ![an image](i.png)\n", "Emphasis and strong and a link and an image", "\n", true},
		{"# Use `close()` <b>now</b>\n", "Use `close()` now", "\n", true},
		{"# A \\*star\\* &amp; a back\\`tick\n", "A *star* & a back\\`tick", "\n", true},
		{"# Code with `` a`b ``\n", "Code with `a\\`b`", "\n", true},
		{"```\n# not a heading\n```\n# Real\n", "Real", "```\n# not a heading\n```\n\n", true},
		{"Setext\n======\n", "", "Setext\n======\n", false},
		{"## Second level only\n", "", "## Second level only\n", false},
		{"#\n", "", "#\n", false},
		{"# Last line, no newline", "Last line, no newline", "", true},
		{"", "", "", false},
	}
	for _, tt := range tests {
		title, rest, ok := HeadingTitle([]byte(tt.body))
		if title != tt.title || string(rest) != tt.rest || ok != tt.ok {
			t.Errorf("HeadingTitle(%q) = %q, %q, %v; want %q, %q, %v", tt.body, title, rest, ok, tt.title, tt.rest, tt.ok)
		}
	}
	if got := TitleText("Code with `a\\`b`"); got != "Code with a`b" {
		t.Errorf("TitleText of a code span holding a backtick = %q", got)
	}
}

// TestLoadPathSlugPrefix puts Options.PathSlugPrefix before every slug
// taken from a path, the locale folder's index.md included, and leaves
// slugs written in front matter alone.
func TestLoadPathSlugPrefix(t *testing.T) {
	fsys := fstest.MapFS{
		"en-US/index.md":               {Data: []byte("# Welcome\n")},
		"en-US/howto/install.md":       {Data: []byte("# Install\n")},
		"en-US/howto/index.md":         {Data: []byte("---\ntitle: How-to guides\n---\n")},
		"en-US/howto/upgrade/index.md": {Data: []byte("---\nslug: HowTo/Upgrade\n---\n# Upgrade\n")},
		"de/index.md":                  {Data: []byte("---\n---\n# Willkommen\n")},
		"de/howto/install.md":          {Data: []byte("# Installieren\n")},
	}
	for prefix, want := range map[string]map[string]string{
		"guide": {
			"de/howto/install.md": "guide/howto/install", "de/index.md": "guide",
			"en-US/howto/index.md": "guide/howto", "en-US/howto/install.md": "guide/howto/install",
			"en-US/howto/upgrade/index.md": "HowTo/Upgrade", "en-US/index.md": "guide",
		},
		"Product/v2": {
			"de/howto/install.md": "Product/v2/howto/install", "de/index.md": "Product/v2",
			"en-US/howto/index.md": "Product/v2/howto", "en-US/howto/install.md": "Product/v2/howto/install",
			"en-US/howto/upgrade/index.md": "HowTo/Upgrade", "en-US/index.md": "Product/v2",
		},
		"": {
			"de/howto/install.md": "howto/install", "de/index.md": "",
			"en-US/howto/index.md": "howto", "en-US/howto/install.md": "howto/install",
			"en-US/howto/upgrade/index.md": "HowTo/Upgrade", "en-US/index.md": "",
		},
	} {
		var dc diag.Collector
		tr, err := Load(fsys, Options{Name: "content", Strict: true, PathSlugPrefix: prefix}, &dc)
		if err != nil {
			t.Fatal(err)
		}
		if ds := dc.All(); len(ds) > 0 {
			t.Errorf("prefix %q: unexpected diagnostics: %v", prefix, ds)
		}
		got := map[string]string{}
		for _, p := range tr.Pages {
			got[p.Path] = p.Meta.Slug
			if p.SlugFromPath != (p.Path != "en-US/howto/upgrade/index.md") {
				t.Errorf("prefix %q: %s: SlugFromPath = %v", prefix, p.Path, p.SlugFromPath)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("prefix %q: slugs (-want +got):\n%s", prefix, diff)
		}
		// doku serve reloads one page with the same options.
		if p := LoadPage(fsys, "en-US/howto/install.md", Options{Name: "content", PathSlugPrefix: prefix}, &dc); p == nil || p.Meta.Slug != want["en-US/howto/install.md"] {
			t.Errorf("prefix %q: LoadPage gave %v, want slug %q", prefix, p, want["en-US/howto/install.md"])
		}
	}
}
