package markdown

import (
	"bytes"
	"fmt"
	"html"
	"sync"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// mdnLanguages are the languages of the fenced blocks in MDN's English
// and German trees, "-nolint" removed, and a few names other sites use.
var mdnLanguages = []string{
	"js", "css", "html", "http", "plain", "bash", "json", "wat", "xml", "python",
	"jsx", "md", "svelte", "ts", "apacheconf", "django", "webidl", "vue", "url",
	"hbs", "pug", "yaml", "glsl", "regex", "cs", "c", "nginx", "php", "java", "svg",
	"diff", "rust", "sql", "scss", "sh", "batch", "cpp", "ini", "latex",
	"powershell", "toml", "JavaScript", "javascript", "text", "txt", "plaintext",
	"console", "none", "unix", "nosuchlang", "",
}

// chromaHTML highlights code the way doku did before lexerFor, with the
// lexer chroma's registry gives for lang.
func chromaHTML(t *testing.T, l chroma.Lexer, lang, code string) string {
	t.Helper()
	if lang == "" || l == nil {
		return html.EscapeString(code)
	}
	var out bytes.Buffer
	it, err := chroma.Coalesce(l).Tokenise(nil, code)
	if err != nil || formatter.Format(&out, styles.Fallback, it) != nil {
		t.Fatalf("%s: chroma failed", lang)
	}
	return out.String()
}

// TestLexerForKeepsOutput checks that resolving a language once, through
// the alias table, writes the same HTML as asking chroma every time: the
// aliases only save work ("plain" needs no lexer, "cs" no glob search).
func TestLexerForKeepsOutput(t *testing.T) {
	codes := []string{
		"", "x", "a < b && c > d\n", "\"quoted\" and 'single'\n",
		"tab\there\r\nline two\n\n\nend", "ünïcödé → 𝄞\n", "int n = 1; <svg/>\n",
	}
	for _, lang := range mdnLanguages {
		l := lexers.Get(lang)
		for _, code := range codes {
			if got, want := string(highlight(nil, lang, code)), chromaHTML(t, l, lang, code); got != want {
				t.Errorf("%q %q:\n got %q\nwant %q", lang, code, got, want)
			}
		}
	}
}

// TestLexerAliasesSkipLookup checks that the names MDN uses for plain
// text and for languages chroma lacks never reach chroma's registry, and
// that the renamed ones find a lexer.
func TestLexerAliasesSkipLookup(t *testing.T) {
	for name, target := range lexerAliases {
		l := resolveLexer(name)
		if target == "" && (l.chroma != nil || l.text) {
			t.Errorf("%s: got a lexer, want none", name)
		}
		if target != "" && (l.chroma == nil || lexers.Get(target) == nil) {
			t.Errorf("%s: alias %s finds no lexer", name, target)
		}
	}
}

// TestLexerForConcurrent resolves every language from many goroutines
// (run with -race) and checks the answers agree with one resolution.
func TestLexerForConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, lang := range mdnLanguages {
				_ = lexerFor(lang)
			}
		})
	}
	wg.Wait()
	for _, lang := range mdnLanguages {
		got, want := lexerFor(lang), resolveLexer(lang)
		if got.text != want.text || (got.chroma == nil) != (want.chroma == nil) ||
			got.chroma != nil && got.chroma.Config().Name != want.chroma.Config().Name {
			t.Errorf("%s: cached %v, resolved %v", lang, got, want)
		}
	}
}

// TestLexerCacheBounded checks that made-up names do not grow the cache
// past its bound and are still answered.
func TestLexerCacheBounded(t *testing.T) {
	_ = lexerFor("js")
	defer func(n int32) { maxLexerCache = n }(maxLexerCache)
	maxLexerCache = lexerCache.size.Load() + 5
	for i := range 20 {
		if l := lexerFor(fmt.Sprintf("made-up-%d", i)); l.chroma != nil || l.text {
			t.Fatalf("made-up-%d has a lexer", i)
		}
	}
	if n := lexerCache.size.Load(); n > maxLexerCache {
		t.Errorf("cache holds %d names, bound is %d", n, maxLexerCache)
	}
	if lexerFor("js").chroma == nil || lexerFor("css").chroma == nil {
		t.Error("a language lost its lexer once the cache was full")
	}
}
