package markdown

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/dlclark/regexp2/v2/syntax"
)

// compiled maps each untimed lexer copy to its compiled rules, stored by
// its timeoutLifter when chroma compiles it.
var compiled sync.Map // *chroma.RegexLexer → chroma.CompiledRules

// ruleLexer tokenises like a chroma regular-expression lexer, token for
// token, but skips a rule without running its expression when the
// character at the position cannot start a match of it.
//
// chroma anchors every rule at the position (\G), so its matcher never
// looks at the first characters an expression can begin with; it runs
// each rule of the state in turn, and most fail on the first character.
// The first-character sets are regexp2's own (the ones it scans with
// when an expression is not anchored), and so are the fixed texts
// (which it tests before it runs an anchored expression), so a skipped
// rule is one that could not have matched.
type ruleLexer struct {
	lexer    *chroma.RegexLexer
	compiled chroma.CompiledRules
	states   map[string]ruleState
}

// ruleState is one state's rules with the first characters of each
// and, for a rule that starts with fixed text, that text.
type ruleState struct {
	rules []*chroma.CompiledRule
	first []*syntax.Prefix   // nil: the rule may start with anything
	fixed []*syntax.BmPrefix // nil: no fixed text
}

// ruleLexers holds the ruleLexer of each lexer once built.
var ruleLexers sync.Map // *chroma.RegexLexer → *ruleLexer (nil: none)

// ruleLexerOf returns l's ruleLexer, or nil when l is not one of doku's
// untimed copies or a rule's expression does not parse here.
func ruleLexerOf(l chroma.Lexer) *ruleLexer {
	rl, ok := l.(*chroma.RegexLexer)
	if !ok {
		return nil
	}
	if v, ok := ruleLexers.Load(rl); ok {
		return v.(*ruleLexer)
	}
	r := newRuleLexer(rl)
	v, _ := ruleLexers.LoadOrStore(rl, r)
	return v.(*ruleLexer)
}

func newRuleLexer(rl *chroma.RegexLexer) *ruleLexer {
	// Tokenise compiles the rules (once), which hands them to compiled.
	if _, err := rl.Tokenise(nil, ""); err != nil {
		return nil
	}
	v, ok := compiled.Load(rl)
	if !ok {
		return nil
	}
	r := &ruleLexer{lexer: rl, compiled: v.(chroma.CompiledRules), states: map[string]ruleState{}}
	for name, rules := range v.(chroma.CompiledRules) {
		st := ruleState{rules: rules, first: make([]*syntax.Prefix, len(rules)), fixed: make([]*syntax.BmPrefix, len(rules))}
		for i, rule := range rules {
			if rule.Regexp == nil {
				continue
			}
			// chroma compiles every rule with regexp2's default options.
			tree, err := syntax.Parse(rule.Regexp.String(), syntax.ParseOptions{})
			if err != nil {
				return nil
			}
			code, err := syntax.Write(tree)
			if err != nil {
				return nil
			}
			code.PrepareCharSetASCIIBitmaps()
			st.first[i], st.fixed[i] = code.FcPrefix, code.BmPrefix
		}
		r.states[name] = st
	}
	return r
}

// mayStart reports whether a match of p can begin with ch.
func mayStart(p *syntax.Prefix, ch rune) bool {
	if p == nil || p.PrefixSet.CharIn(ch) {
		return true
	}
	// regexp2 compares case-insensitive code in lower case.
	return p.CaseInsensitive && p.PrefixSet.CharIn(unicode.ToLower(ch))
}

// match is chroma's matchRules with the first-character test (and
// each group's text taken once).
func (st ruleState) match(text []rune, pos int) (int, *chroma.CompiledRule, []string, map[string]string) {
	ch := text[pos]
	for i, rule := range st.rules {
		// regexp2 itself tests an anchored expression's fixed text
		// first, as here, but only after setting up a match.
		if !mayStart(st.first[i], ch) || st.fixed[i] != nil && !st.fixed[i].IsMatch(text, pos, 0, len(text)) {
			continue
		}
		match, err := rule.Regexp.FindRunesMatchStartingAt(text, pos)
		if match != nil && err == nil && match.RuneIndex == pos {
			gs := match.Groups()
			groups := make([]string, 0, len(gs))
			namedGroups := make(map[string]string, len(gs))
			for _, g := range gs {
				v := g.String()
				namedGroups[g.Name] = v
				groups = append(groups, v)
			}
			return i, rule, groups, namedGroups
		}
	}
	return 0, &chroma.CompiledRule{}, nil, nil
}

// tokenise is chroma's Tokenise with default options, its state
// machine (LexerState.Iterator) and Coalesce, with match above: it
// calls emit with the same tokens in the same order.
func (r *ruleLexer) tokenise(text string, emit func(chroma.Token)) {
	text = textLineEnds(text)
	newlineAdded := false
	if r.lexer.Config().EnsureNL && !strings.HasSuffix(text, "\n") {
		text += "\n"
		newlineAdded = true
	}
	l := &chroma.LexerState{
		Lexer:          r.lexer,
		Registry:       lexers.GlobalLexerRegistry,
		Text:           []rune(text),
		Stack:          []string{"root"},
		MutatorContext: map[any]any{},
	}
	l.Rules = r.compiled
	end := len(l.Text)
	if newlineAdded {
		end--
	}
	c := coalescer{emit: emit}
	var its []chroma.Iterator
	drain := func() {
		for len(its) > 0 {
			n := len(its) - 1
			t := its[n]()
			if t == chroma.EOF {
				its = its[:n]
				continue
			}
			if t.Type != chroma.Ignore {
				c.add(t)
			}
		}
	}
	for l.Pos < end && len(l.Stack) > 0 {
		drain()
		l.State = l.Stack[len(l.Stack)-1]
		st, ok := r.states[l.State]
		if !ok {
			panic("unknown state " + l.State)
		}
		ruleIndex, rule, groups, namedGroups := st.match(l.Text, l.Pos)
		if groups == nil {
			// As chroma (after Pygments): an unmatched newline outside
			// the root state restarts from the root state.
			if l.Text[l.Pos] == '\n' && l.State != "root" {
				l.Stack = []string{"root"}
				continue
			}
			l.Pos++
			c.add(chroma.Token{Type: chroma.Error, Value: string(l.Text[l.Pos-1 : l.Pos])})
			continue
		}
		l.Rule = ruleIndex
		l.Groups = groups
		l.NamedGroups = namedGroups
		l.Pos += utf8.RuneCountInString(groups[0])
		if rule.Mutator != nil {
			if err := rule.Mutator.Mutate(l); err != nil {
				panic(err)
			}
		}
		if rule.Type != nil {
			its = append(its, rule.Type.Emit(l.Groups, l))
		}
	}
	drain()
	// The rest of a text whose state stack ran empty is an error (to the
	// end of the text, the newline tokenise added included).
	if l.Pos != len(l.Text) && len(l.Stack) == 0 {
		c.add(chroma.Token{Type: chroma.Error, Value: string(l.Text[l.Pos:])})
	}
	c.flush()
}

// coalescer joins runs of tokens of one type as chroma.Coalesce does.
type coalescer struct {
	emit func(chroma.Token)
	prev chroma.Token
}

func (c *coalescer) add(t chroma.Token) {
	switch {
	case len(t.Value) == 0:
	case c.prev == chroma.EOF:
		c.prev = t
	case c.prev.Type == t.Type && len(c.prev.Value) < 8192:
		c.prev.Value += t.Value
	default:
		c.emit(c.prev)
		c.prev = t
	}
}

func (c *coalescer) flush() {
	if c.prev != chroma.EOF {
		c.emit(c.prev)
		c.prev = chroma.EOF
	}
}
