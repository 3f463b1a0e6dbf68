package markdown

import (
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// TestUntimedCopyLiftsTimeouts builds a lexer with two states and checks,
// from inside a running tokeniser, that every compiled rule of its copy
// has no match timeout, while the original keeps chroma's.
func TestUntimedCopyLiftsTimeouts(t *testing.T) {
	var seen []chroma.CompiledRules
	probe := chroma.MutatorFunc(func(s *chroma.LexerState) error {
		seen = append(seen, s.Rules)
		return nil
	})
	original := chroma.MustNewLexer(&chroma.Config{Name: "probe"}, func() chroma.Rules {
		return chroma.Rules{
			"root":  {{Pattern: `x`, Type: chroma.Text, Mutator: chroma.Mutators(probe, chroma.Push("other"))}},
			"other": {{Pattern: `y`, Type: chroma.Text, Mutator: chroma.Pop(1)}, chroma.Include("root")},
		}
	})
	for _, l := range []*chroma.RegexLexer{untimedCopy(original), original} {
		it, err := l.Tokenise(nil, "xy")
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range it.Tokens() {
			if tok.Type == chroma.Error {
				t.Fatalf("error token %q", tok.Value)
			}
		}
	}
	if len(seen) != 2 {
		t.Fatalf("probe ran %d times, want 2", len(seen))
	}
	rules := 0
	for state, rs := range seen[0] {
		if state == liftState {
			t.Errorf("the copy still holds state %s", state)
		}
		for _, r := range rs {
			rules++
			if r.Regexp.MatchTimeout != noTimeout {
				t.Errorf("copy: %s %q has timeout %v", state, r.Pattern, r.Regexp.MatchTimeout)
			}
		}
	}
	if rules != 3 {
		t.Errorf("copy has %d compiled rules, want 3", rules)
	}
	for state, rs := range seen[1] {
		for _, r := range rs {
			if r.Regexp.MatchTimeout == noTimeout {
				t.Errorf("original: %s %q lost its timeout", state, r.Pattern)
			}
		}
	}
}

// TestUntimedLexers checks that the languages MDN's pages use resolve to
// untimed copies, and that the delegating lexers are the ones left.
func TestUntimedLexers(t *testing.T) {
	replaced := untimedLexers()
	for _, lang := range []string{"js", "css", "html", "json", "bash", "python", "xml", "http", "md", "wat", "ts", "jsx", "yaml"} {
		l := lexers.Get(lang)
		if l == nil || !replaced[l.Config().Name] {
			t.Errorf("%s: not replaced", lang)
		}
	}
	for _, lang := range []string{"svelte", "erb"} {
		if replaced[lexers.Get(lang).Config().Name] {
			t.Errorf("%s: replaced, but its parts cannot be reached", lang)
		}
	}
}
