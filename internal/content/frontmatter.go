package content

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/doku-docs/doku/internal/diag"

	"go.yaml.in/yaml/v3"
)

// FrontMatter is the metadata block at the top of a page, in MDN's keys.
type FrontMatter struct {
	// Title is the title as plain text, and TitleSource as the page
	// writes it, where code may stand between backticks (see TitleText):
	// only the page's h1 shows that code, from TitleSource.
	Title       string `yaml:"title"`
	TitleSource string `yaml:"-"`
	ShortTitle  string `yaml:"short-title"`
	Slug        string `yaml:"slug"`
	PageType    string `yaml:"page-type"`
	// Status lists flags such as "experimental" or "deprecated".
	Status []string `yaml:"status"`
	// BrowserCompat names browser-compat-data keys ("api.CloseEvent.code");
	// MDN writes one as a string, several as a list.
	BrowserCompat StringList `yaml:"browser-compat"`
	SpecURLs      StringList `yaml:"spec-urls"`
	Sidebar       string     `yaml:"sidebar"`
	L10n          L10n       `yaml:"l10n"`
}

// L10n is the translation metadata of a translated page.
type L10n struct {
	// SourceCommit is the commit of the English page this translation was
	// made from.
	SourceCommit string `yaml:"sourceCommit"`
}

// StringList decodes from a YAML string or a list of strings.
type StringList []string

// UnmarshalYAML accepts a scalar or a sequence of scalars.
func (l *StringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*l = StringList{n.Value}
		return nil
	}
	var s []string
	if err := n.Decode(&s); err != nil {
		return err
	}
	*l = s
	return nil
}

// knownKeys are the front-matter keys doku understands. Others are reported:
// as errors in strict mode, as warnings otherwise (MDN adds keys now and then).
var knownKeys = map[string]bool{
	"title": true, "short-title": true, "slug": true, "page-type": true,
	"status": true, "browser-compat": true, "spec-urls": true,
	"sidebar": true, "l10n": true,
	// MDN's translated-content records a moved page's former slug; doku
	// has no use for it, but it is part of MDN's format, not a mistake.
	"original_slug": true,
}

// SplitFrontMatter separates the YAML block from the Markdown after it.
// src must start with a line "---" (a UTF-8 byte order mark before it is
// allowed) and the block ends at the next line "---". It returns the YAML,
// the body, and the 1-based line the body starts on. It does not decode.
func SplitFrontMatter(src []byte) (yamlSrc, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	first, rest, more := cutLine(src)
	if !isFence(first) {
		return nil, nil, 0, fmt.Errorf("no front matter: a page starts with a line '---', then YAML keys (title, slug, ...), then '---'")
	}
	start := len(src) - len(rest)
	for line := 2; more; line++ {
		off := len(src) - len(rest)
		var l []byte
		l, rest, more = cutLine(rest)
		if isFence(l) {
			return src[start:off], rest, line + 1, nil
		}
	}
	return nil, nil, 0, fmt.Errorf("front matter is not closed: add a line '---' after its last key")
}

// cutLine returns the first line of b without its line ending, the rest after
// it, and whether a line ending was found.
func cutLine(b []byte) (line, rest []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, false
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:], true
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t")) == "---"
}

// ParseFrontMatter splits and decodes the front matter of the page at path.
// Problems are reported to dc with positions in the file; ok is false when
// the page cannot be used at all. Unknown keys are errors when strict is
// set, warnings otherwise.
//
// A page need not have front matter: without a first line "---", or with
// an empty block, fm is empty and body is the whole page after the block.
// Title and slug may be missing: the caller takes them from the page's
// path and first heading (see Load), and reports a page that has neither.
func ParseFrontMatter(path string, src []byte, strict bool, dc *diag.Collector) (fm FrontMatter, body []byte, bodyLine int, ok bool) {
	if first, _, _ := cutLine(bytes.TrimPrefix(src, []byte("\uFEFF"))); !isFence(first) {
		return fm, bytes.TrimPrefix(src, []byte("\uFEFF")), 1, true
	}
	yamlSrc, body, bodyLine, err := SplitFrontMatter(src)
	if err != nil {
		dc.Errorf(diag.Pos{File: path, Line: 1, Col: 1}, diag.FrontMatter, "see any page in content/en-us for the shape", "%v", err)
		return fm, nil, 0, false
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(yamlSrc, &doc); err != nil {
		dc.Errorf(diag.Pos{File: path, Line: 1 + yamlErrorLine(yamlSrc, err), Col: 1}, diag.FrontMatter,
			"front matter is YAML: 'key: value' per line; quote values that contain ': ' or start with '{'",
			"front matter is not valid YAML: %s", trimYAMLError(err))
		return fm, nil, 0, false
	}
	if len(doc.Content) == 0 {
		return fm, body, bodyLine, true // an empty block: nothing set
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		dc.Errorf(diag.Pos{File: path, Line: 1 + m.Line, Col: m.Column}, diag.FrontMatter, "write one 'key: value' per line", "front matter must be a mapping of keys to values")
		return fm, nil, 0, false
	}
	ok = true
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		pos := diag.Pos{File: path, Line: 1 + k.Line, Col: k.Column}
		if seen[k.Value] {
			dc.Errorf(pos, diag.FrontMatter, "remove one of them", "key %q appears twice", k.Value)
			ok = false
			continue
		}
		seen[k.Value] = true
		if !knownKeys[k.Value] {
			report := dc.Warnf
			if strict {
				report = dc.Errorf
			}
			report(pos, diag.FrontMatter, "known keys: title, short-title, slug, page-type, status, browser-compat, spec-urls, sidebar, l10n, original_slug",
				"unknown front-matter key %q", k.Value)
			continue
		}
		one := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{k, v}}
		if err := one.Decode(&fm); err != nil {
			dc.Errorf(diag.Pos{File: path, Line: 1 + v.Line, Col: v.Column}, diag.FrontMatter, hintFor(k.Value),
				"bad value for %q: %s", k.Value, trimYAMLError(err))
			ok = false
		}
	}
	fm.TitleSource, fm.Title = fm.Title, TitleText(fm.Title)
	return fm, body, bodyLine, ok
}

func hintFor(key string) string {
	switch key {
	case "browser-compat", "spec-urls":
		return "write a string, or a list of strings (one '- item' per line)"
	case "status":
		return "write a list: status: [experimental]"
	case "l10n":
		return "write a mapping: 'l10n:' then an indented 'sourceCommit: <hash>'"
	}
	return "write a plain string; quote it if it contains ': '"
}

// yamlErrorLine returns the 1-based line of src that makes it invalid YAML:
// the line after the longest run of leading lines that still parses. The
// line yaml.v3 prints in its message cannot be trusted: it is 1-based for
// scanner errors and 0-based for parser errors (go-yaml/yaml#205). An
// unclosed quote or bracket is thus reported where it opens. Long blocks
// fall back to the message's line, to keep the cost bounded.
func yamlErrorLine(src []byte, err error) int {
	lines := bytes.SplitAfter(src, []byte("\n"))
	if len(lines) > maxYAMLProbeLines {
		return messageLine(err)
	}
	for n := len(lines) - 1; n > 0; n-- {
		var doc yaml.Node
		if yaml.Unmarshal(bytes.Join(lines[:n], nil), &doc) == nil {
			return n + 1
		}
	}
	return 1
}

// maxYAMLProbeLines bounds the re-parses yamlErrorLine does; front matter
// is a dozen lines.
const maxYAMLProbeLines = 200

// messageLine pulls the line out of a yaml error message ("yaml: line 3:
// ..."), or returns 1.
func messageLine(err error) int {
	msg := err.Error()
	i := strings.Index(msg, "line ")
	if i < 0 {
		return 1
	}
	var n int
	if _, err := fmt.Sscanf(msg[i:], "line %d", &n); err != nil || n < 1 {
		return 1
	}
	return n
}

func trimYAMLError(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	if i := strings.Index(msg, "line "); i == 0 {
		if j := strings.Index(msg, ": "); j > 0 {
			msg = msg[j+2:]
		}
	}
	return msg
}
