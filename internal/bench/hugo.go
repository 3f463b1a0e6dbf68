package bench

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// hugoConfig builds the same Markdown as doku: raw HTML kept, GFM tables,
// strikethrough and autolinks, code highlighted with CSS classes, and none
// of Hugo's own extras. MDN's {{macro}} calls are plain text to Hugo (its
// shortcodes are {{< >}} and {{% %}}), so they pass through unexpanded.
const hugoConfig = `baseURL = "https://example.org/"
title = "doku bench"
defaultContentLanguage = "en-us"
disableKinds = ["taxonomy", "term", "RSS"]

[languages.en-us]
contentDir = "content/en-us"
languageName = "English"
weight = 1

[languages.de]
contentDir = "content/de"
languageName = "Deutsch"
weight = 2

[markup.goldmark.renderer]
unsafe = true

[markup.goldmark.extensions]
definitionList = false
footnote = false
linkify = true
strikethrough = true
table = true
taskList = false
typographer = false

[markup.goldmark.parser]
autoHeadingID = true

[markup.highlight]
noClasses = false
`

// hugoLayout is one minimal page: title, language links, body.
const hugoLayout = `<!doctype html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
<main><h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
`

// HugoSite writes a Hugo site for the tree in dir into hugoDir. Every page
// becomes a branch bundle (_index.md), because in Hugo a folder holding
// index.md is a leaf and the pages below it would be ignored; the files are
// hard links to the tree's, so the Markdown is the same bytes.
func HugoSite(dir, hugoDir string) error {
	if err := os.RemoveAll(hugoDir); err != nil {
		return err
	}
	for _, f := range []struct{ name, text string }{
		{"hugo.toml", hugoConfig},
		{"layouts/_default/single.html", hugoLayout},
		{"layouts/_default/list.html", hugoLayout},
		{"layouts/index.html", hugoLayout},
	} {
		p := filepath.Join(hugoDir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(f.text), 0o644); err != nil {
			return err
		}
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.md" {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		to := filepath.Join(hugoDir, "content", filepath.Dir(rel), "_index.md")
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.Link(p, to); err != nil {
			// Another file system: copy instead.
			b, rerr := os.ReadFile(p)
			if rerr != nil {
				return rerr
			}
			return os.WriteFile(to, b, 0o644)
		}
		return nil
	})
}

// hugoBuilt counts the HTML pages Hugo wrote, to check it built every page.
func hugoBuilt(out string) (int, error) {
	n := 0
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "index.html" && !strings.Contains(filepath.ToSlash(p), "/page/") {
			n++
		}
		return err
	})
	return n, err
}
