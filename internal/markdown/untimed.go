package markdown

import (
	"math"
	"reflect"
	"sync"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// untimedLexers replaces, in chroma's registry, every regular-expression
// lexer by a copy whose rules have no match timeout, once, before doku
// highlights anything. It returns the names of the lexers replaced.
//
// chroma compiles each rule with a 250 ms wall-clock limit and emits an
// error token where a match runs past it. On a loaded machine a match
// that is descheduled for that long passes it, so the same page would be
// highlighted differently from one build to the next; doku's output must
// depend on its input only. (Without a limit the matcher also skips its
// clock, which saves a little on every match.)
//
// The copies replace chroma's lexers in chroma's own registry, because
// lexers find one another there: HTML its CSS and JavaScript, Markdown
// the language of a fence, HTTP the type of a body. doku is that
// registry's only user. chroma's HTTP and Markdown lexers wrap a
// regular-expression lexer and are rebuilt around its copy. Lexers that
// hold others where they cannot be reached keep their timeouts: the
// delegating ones (PHP, Svelte, ERB, YAML+Jinja, Go's HTML templates) and
// Go's string templates. The copies compile their rules when first used.
var untimedLexers = sync.OnceValue(func() map[string]bool {
	replaced := map[string]bool{}
	for _, l := range append(chroma.Lexers(nil), lexers.GlobalLexerRegistry.Lexers...) {
		var c chroma.Lexer
		if rl, ok := l.(*chroma.RegexLexer); ok {
			c = untimedCopy(rl)
		} else {
			c = untimedWrapper(l)
		}
		if c != nil {
			// Register replaces the lexer of the same name in place, so
			// names and file-name globs resolve as before.
			lexers.GlobalLexerRegistry.Register(c)
			replaced[c.Config().Name] = true
		}
	}
	return replaced
})

// liftState names the state that carries timeoutLifter in a copy; no
// lexer of chroma's includes it, so the lifter runs exactly once.
const liftState = "doku-lift-timeouts"

// untimedCopy returns a lexer with l's configuration and rules whose
// compiled rules have no match timeout, or nil if l's rules do not load.
// l itself is left as it is.
func untimedCopy(l *chroma.RegexLexer) *chroma.RegexLexer {
	lifter := &timeoutLifter{}
	rules := func() chroma.Rules {
		raw, err := l.Rules()
		if err != nil {
			return nil
		}
		copied := make(chroma.Rules, len(raw)+1)
		for state, rs := range raw {
			copied[state] = append([]chroma.Rule(nil), rs...)
		}
		copied[liftState] = []chroma.Rule{{Mutator: lifter}}
		return copied
	}
	c, err := chroma.NewLexer(l.Config(), rules)
	if err != nil {
		return nil
	}
	lifter.lexer = c
	return c
}

// untimedWrapper rebuilds a lexer that wraps a regular-expression lexer
// in its only field, an embedded chroma.Lexer (chroma's HTTP and
// Markdown lexers), around that lexer's untimed copy. It returns nil
// for any other lexer.
func untimedWrapper(l chroma.Lexer) chroma.Lexer {
	v := reflect.ValueOf(l)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct || v.Elem().NumField() != 1 {
		return nil
	}
	f := v.Elem().Type().Field(0)
	if !f.Anonymous || !f.IsExported() || f.Type != reflect.TypeFor[chroma.Lexer]() {
		return nil
	}
	inner, ok := v.Elem().Field(0).Interface().(*chroma.RegexLexer)
	if !ok {
		return nil
	}
	c := untimedCopy(inner)
	if c == nil {
		return nil
	}
	w := reflect.New(v.Elem().Type())
	w.Elem().Field(0).Set(reflect.ValueOf(chroma.Lexer(c)))
	return w.Interface().(chroma.Lexer)
}

// noTimeout is regexp2's value for "match without a deadline".
const noTimeout = time.Duration(math.MaxInt64)

// timeoutLifter is a compile-time mutator: chroma runs it once, after
// compiling every rule's regular expression and before the lexer is
// used, with all of the lexer's compiled rules. It lifts each rule's
// match timeout, removes its own state and hands the rules to doku's
// tokeniser (see compiledRules).
type timeoutLifter struct {
	lexer *chroma.RegexLexer
}

func (t *timeoutLifter) MutateLexer(rules chroma.CompiledRules, state string, _ int) error {
	for _, rs := range rules {
		for _, r := range rs {
			if r.Regexp != nil {
				r.Regexp.MatchTimeout = noTimeout
			}
		}
	}
	delete(rules, state)
	compiled.Store(t.lexer, rules)
	return nil
}

// Mutate is never called: the state holding the rule is gone before the
// lexer runs.
func (*timeoutLifter) Mutate(*chroma.LexerState) error { return nil }
