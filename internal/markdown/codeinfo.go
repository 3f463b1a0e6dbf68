package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// codeInfo is a fenced block's info string read as MDN reads it: the
// first word is the language, the others are flags. rari (MDN's renderer,
// crates/rari-md/src/html.rs) strips "-nolint" from every word: the suffix
// only tells MDN's linter to leave the block alone, so "js-nolint" is
// JavaScript like "js".
type codeInfo struct {
	// Lang is the language as written, "-nolint" removed; "" when the
	// block names none.
	Lang string
	// Flags are the further words, "-nolint" removed, in order. Unknown
	// ones are kept: they become classes and never stop highlighting.
	Flags []string
}

// The flags doku acts on. The others MDN's pages use need nothing beyond
// their class: "live-sample___ID" (read by the live-sample builder),
// "interactive-example" and "interactive-example-choice" (the code of an
// interactive example, kept visible for a later step to run),
// "notranslate" (which browsers' page translators honour as a class).
const (
	flagHidden      = "hidden"       // feeds a live sample, not shown
	flagExampleGood = "example-good" // code to follow
	flagExampleBad  = "example-bad"  // code to avoid
)

// parseCodeInfo reads a fenced block's info string.
func parseCodeInfo(info string) codeInfo {
	words := strings.Fields(info)
	if len(words) == 0 {
		return codeInfo{}
	}
	for i, w := range words {
		words[i] = strings.TrimSuffix(w, "-nolint")
	}
	return codeInfo{Lang: words[0], Flags: words[1:]}
}

// fencedCodeInfo reads the info string of n.
func fencedCodeInfo(n *ast.FencedCodeBlock, src []byte) codeInfo {
	if n.Info == nil {
		return codeInfo{}
	}
	return parseCodeInfo(string(n.Info.Segment.Value(src)))
}

// has reports whether the block carries flag.
func (c codeInfo) has(flag string) bool {
	for _, f := range c.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// verdict is "good" or "bad" for MDN's marked examples (the first marker
// wins if a block carries both), else "".
func (c codeInfo) verdict() string {
	for _, f := range c.Flags {
		switch f {
		case flagExampleGood:
			return "good"
		case flagExampleBad:
			return "bad"
		}
	}
	return ""
}
