package contentcheck

import (
	"regexp"
	"strings"
	"unicode"
)

// Word is one normalised word of a text: lower case, letters and digits
// only. An empty Text is a break: no run of shared words crosses it.
type Word struct {
	Text string
	Line int
}

var (
	// linkTarget is the address part of a Markdown link or image.
	linkTarget = regexp.MustCompile(`\]\([^)]*\)`)
	bareURL    = regexp.MustCompile(`<?[a-z]+://[^\s>)]*>?`)
	htmlTag    = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	macroCall  = regexp.MustCompile(`\{\{\s*([A-Za-z_-]+)\s*(?:\(([^}]*)\))?\s*\}\}`)
	quoted     = regexp.MustCompile(`"([^"]*)"|'([^']*)'`)
)

// Words splits a page (Markdown with front matter, MDN's format; plain
// text reads the same) into words, as a reader sees them:
//
//   - front matter is left out: it is metadata, and a translation shares
//     its slug and keys with its English page by design;
//   - link addresses and bare URLs are left out, their text kept;
//   - a cross-reference macro ({{domxref("CloseEvent.code", "code")}})
//     reads as the text it shows; any other macro is a break;
//   - HTML tags are dropped, their text kept;
//   - fenced code is kept: code examples are written, not copied, too.
//     Two things are left out: the fence lines, whose info string
//     ("js-nolint") is markup, and the code under a "Syntax" heading,
//     which is the API's signature as the standard's IDL gives it
//     ("new CloseEvent(type, options)"): it is the same on every
//     reference by necessity. Both are breaks.
func Words(src string) []Word {
	var words []Word
	lines := strings.Split(src, "\n")
	start := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			if strings.TrimSpace(lines[i]) == "---" {
				start = i + 1
				break
			}
		}
	}
	inFence, syntax := false, false
	for i := start; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(line, "```"):
			inFence = !inFence
			words = append(words, Word{Line: i + 1})
			continue
		case inFence && syntax:
			continue
		case !inFence && strings.HasPrefix(line, "#"):
			syntax = strings.EqualFold(strings.TrimSpace(strings.TrimLeft(line, "#")), "syntax")
		}
		words = append(words, lineWords(lines[i], i+1)...)
	}
	return words
}

// lineWords is Words for one line.
func lineWords(line string, n int) []Word {
	line = macroCall.ReplaceAllStringFunc(line, macroText)
	line = linkTarget.ReplaceAllString(line, "]")
	line = bareURL.ReplaceAllString(line, " ")
	line = htmlTag.ReplaceAllString(line, " ")
	var words []Word
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\x00' }) {
		// A break marker may stand glued to a word ("a\x00b").
		for j, part := range strings.Split(f, "\x00") {
			if j > 0 {
				words = append(words, Word{Line: n})
			}
			if part != "" {
				words = append(words, Word{Text: strings.ToLower(part), Line: n})
			}
		}
	}
	return words
}

// macroText is what a reader sees of a macro call: the last string
// argument of a cross-reference (its text, or else its target), else a
// break.
func macroText(call string) string {
	m := macroCall.FindStringSubmatch(call)
	name := strings.ToLower(m[1])
	if !strings.HasSuffix(name, "xref") && name != "glossary" && name != "htmlelement" && name != "httpheader" {
		return " \x00 "
	}
	args := quoted.FindAllStringSubmatch(m[2], -1)
	if len(args) == 0 {
		return " \x00 "
	}
	last := args[len(args)-1]
	return " " + last[1] + last[2] + " "
}

// Run is a stretch of a text that also occurs in a source.
type Run struct {
	Line   int    // the line the run starts on
	Words  string // the run, normalised
	Source string // a source that has its first eight words
}

// N is the length of the runs Shared looks for.
const N = 8

// Index holds every run of N words of a set of sources.
type Index map[string]string

// Add indexes the words of the source called name.
func (ix Index) Add(name string, words []Word) {
	for i := 0; i+N <= len(words); i++ {
		if k, ok := key(words[i : i+N]); ok {
			if _, seen := ix[k]; !seen {
				ix[k] = name
			}
		}
	}
}

// key joins n words, false if a break is among them.
func key(ws []Word) (string, bool) {
	parts := make([]string, len(ws))
	for i, w := range ws {
		if w.Text == "" {
			return "", false
		}
		parts[i] = w.Text
	}
	return strings.Join(parts, " "), true
}

// Shared returns the longest runs of at least N words of words that
// also occur in the index's sources, in order.
func (ix Index) Shared(words []Word) []Run {
	var runs []Run
	for i := 0; i+N <= len(words); {
		k, ok := key(words[i : i+N])
		src, hit := ix[k]
		if !ok || !hit {
			i++
			continue
		}
		// Extend the run while each next window is shared too.
		end := i + N
		for end < len(words) {
			if k2, ok := key(words[end-N+1 : end+1]); !ok || ix[k2] == "" {
				break
			}
			end++
		}
		text, _ := key(words[i:end])
		runs = append(runs, Run{Line: words[i].Line, Words: text, Source: src})
		i = end
	}
	return runs
}

// RawWords reads a whole file as a plain word list: every run of letters,
// lower-cased, in order, with nothing left out and no breaks. Numbers,
// URLs, macro names and markup read as the letters they hold. It is the
// bluntest reading of a file, the one a reviewer comparing raw text would
// make: a file clean by Words can still share a run by it (a browser
// table whose version numbers Words keeps as words between the names).
func RawWords(src string) []Word {
	var words []Word
	for i, line := range strings.Split(src, "\n") {
		for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			words = append(words, Word{Text: strings.ToLower(f), Line: i + 1})
		}
	}
	return words
}
