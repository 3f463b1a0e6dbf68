package markdown

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// lexerAliases maps language names MDN's pages use that chroma does not
// know by name or alias. A lexer name is the one that highlights the
// language; "" means chroma has none, so the code is shown escaped without
// asking chroma (which would search every lexer's file-name globs).
var lexerAliases = map[string]string{
	// chroma finds these only by matching its file-name globs.
	"cs":  "csharp",
	"svg": "xml",
	// Languages of MDN's pages that chroma has no lexer for.
	"webidl": "", "url": "", "pug": "", "regex": "",
}

// maxLexerCache bounds the languages remembered; a content tree has a
// few dozen, so only a tree of made-up names ever reaches it. A variable
// so a test can reach it without a thousand slow searches.
var maxLexerCache int32 = 1024

// lexerCache remembers what each language name resolved to, so a name
// chroma does not know costs its file-name glob search once per process,
// not once per block (that search was half of a German MDN build).
var lexerCache struct {
	m    sync.Map // language name → codeLexer
	size atomic.Int32
}

// codeLexer is how a language's code becomes HTML.
type codeLexer struct {
	// chroma tokenises the code; nil shows it escaped as it is.
	chroma chroma.Lexer
	// rules tokenises as chroma does, faster, for the lexers it can
	// (see ruleLexer); nil for the others.
	rules *ruleLexer
	// text marks chroma's plaintext lexer ("plain", "text", "txt"): its
	// output is the code with chroma's line ends, escaped, so doku writes
	// that without tokenising.
	text bool
}

// lexerFor returns how to render code in lang (a fenced block's language,
// "-nolint" already removed). It is safe for concurrent use; the answer
// for a name never changes, so output does not depend on which block
// asked first.
func lexerFor(lang string) codeLexer {
	if lang == "" {
		return codeLexer{}
	}
	if r, ok := lexerCache.m.Load(lang); ok {
		return r.(codeLexer)
	}
	r := resolveLexer(lang)
	// When full, resolve without remembering: slower, never different.
	// (Resolutions racing past the check may overshoot by a few.)
	if lexerCache.size.Load() < maxLexerCache {
		if _, loaded := lexerCache.m.LoadOrStore(lang, r); !loaded {
			lexerCache.size.Add(1)
		}
	}
	return r
}

// resolveLexer finds lang's lexer the slow way: the alias table, then
// chroma's registry (names, aliases, then file-name globs).
func resolveLexer(lang string) codeLexer {
	name, aliased := lexerAliases[strings.ToLower(lang)]
	if aliased && name == "" {
		return codeLexer{}
	}
	if !aliased {
		name = lang
	}
	untimedLexers()
	l := lexers.Get(name)
	if l == nil {
		return codeLexer{}
	}
	if l.Config().Name == "plaintext" {
		return codeLexer{text: true}
	}
	// Coalescing joins runs of one token type into one span; doing it
	// here keeps one wrapper per language instead of one per block.
	return codeLexer{chroma: chroma.Coalesce(l), rules: ruleLexerOf(l)}
}

// textLineEnds turns CR LF and lone CR into LF, as chroma does before
// tokenising.
func textLineEnds(code string) string {
	if !strings.Contains(code, "\r") {
		return code
	}
	return strings.ReplaceAll(strings.ReplaceAll(code, "\r\n", "\n"), "\r", "\n")
}
