// Package cssvalue reads CSS's value definition syntax, the grammar in
// which specifications write what a property, type or at-rule accepts
// ("<length> | auto", "[ <integer [0,∞]> && <symbol> ]#"), and writes it
// back. MDN's formal syntax blocks are made from it: Parse gives the tree,
// Generate writes it in canonical form and lets a caller decorate each
// node (with links, say), Walk visits every node.
//
// The grammar is that of CSS Values and Units §2, as MDN's renderer and
// csstree read it: juxtaposition binds tighter than &&, && tighter than
// ||, || tighter than |; multipliers * + ? {m,n} # #? and ! follow a
// term; <'prop'> names a property's grammar, <type [min,max]> a type
// with a range, name( starts a function whose ")" is a token of its own.
package cssvalue

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is what a node is.
type Kind int

const (
	Group       Kind = iota // terms joined by one combinator, maybe in brackets
	Multiplier              // a term with * + ? # {m,n}
	Type                    // <name> or <name()>, maybe with a range
	Property                // <'name'>
	Keyword                 // a word
	Function                // name( : the ")" that closes it is a Token
	Token                   // any other character: ) / : ; = ...
	Comma                   // ,
	String                  // 'quoted'
	AtKeyword               // @name
	BooleanExpr             // <boolean-expr[ ... ]>
)

// Combinator joins a group's terms; the order is their precedence, the
// tightest first.
type Combinator int

const (
	Juxtapose Combinator = iota // a b
	All                         // a && b
	Any                         // a || b
	One                         // a | b
)

var combinatorText = [...]string{" ", " && ", " || ", " | "}

// String is the combinator as Generate writes it between terms.
func (c Combinator) String() string { return combinatorText[c] }

// Node is one node of a parsed syntax.
type Node struct {
	Kind Kind
	// Name is the name of a type ("length", "minmax()"), property,
	// keyword, function or at-keyword; the text of a token or string.
	Name string
	// Range is a type's range as written after its name, " [0,∞]"; "".
	Range string

	// Terms, Comb, Explicit and DisallowEmpty describe a group; Explicit
	// is set when it was written in brackets.
	Terms         []*Node
	Comb          Combinator
	Explicit      bool
	DisallowEmpty bool

	// Term is what a multiplier repeats or a boolean-expr holds. Max 0
	// means no upper bound; Comma is the # multiplier.
	Term     *Node
	Min, Max int
	Comma    bool
}

// SyntaxError says where a syntax cannot be read.
type SyntaxError struct {
	Offset int // in bytes
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at byte %d: %s", e.Offset, e.Msg) }

// maxDepth bounds the nesting of brackets, so a hostile syntax cannot
// exhaust the stack.
const maxDepth = 200

type parser struct {
	s     string
	pos   int
	depth int
}

// Parse reads a value definition syntax. The result is a Group, unless
// the syntax is a single bracketed group, which is returned as it is.
func Parse(s string) (*Node, error) {
	p := &parser{s: s}
	g, err := p.implicitGroup(0)
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.s) {
		return nil, p.errorf("unexpected %q", p.peekRune())
	}
	if len(g.Terms) == 1 && g.Terms[0].Kind == Group {
		return g.Terms[0], nil
	}
	return g, nil
}

func (p *parser) errorf(format string, a ...any) error {
	return &SyntaxError{Offset: p.pos, Msg: fmt.Sprintf(format, a...)}
}

func (p *parser) at(i int) byte {
	if i < len(p.s) {
		return p.s[i]
	}
	return 0
}

func (p *parser) peekRune() rune {
	r, _ := utf8.DecodeRuneInString(p.s[p.pos:])
	return r
}

func (p *parser) eat(c byte) error {
	if p.at(p.pos) != c {
		if p.pos >= len(p.s) {
			return p.errorf("expected %q, got the end", c)
		}
		return p.errorf("expected %q, got %q", c, p.peekRune())
	}
	p.pos++
	return nil
}

func isNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func (p *parser) skipSpaces() {
	for p.pos < len(p.s) && isSpace(p.s[p.pos]) {
		p.pos++
	}
}

func (p *parser) word() (string, error) {
	start := p.pos
	for p.pos < len(p.s) && isNameChar(p.s[p.pos]) {
		p.pos++
	}
	if p.pos == start {
		return "", p.errorf("expected a name")
	}
	return p.s[start:p.pos], nil
}

// number reads digits; a syntax never needs more than a few.
func (p *parser) number() (int, error) {
	start := p.pos
	for p.pos < len(p.s) && isDigit(p.s[p.pos]) {
		p.pos++
	}
	n, err := strconv.Atoi(p.s[start:p.pos])
	if err != nil || n > 1<<20 {
		p.pos = start
		return 0, p.errorf("expected a number")
	}
	return n, nil
}

// implicitGroup reads terms and combinators up to stop (0: the end, or
// a "]"), and groups them by the combinators' precedence.
func (p *parser) implicitGroup(stop byte) (*Node, error) {
	var items []*Node // terms, with combinators between them as *Node{Kind: -1}
	var combs []Combinator
	lastIsComb := true
	for {
		c := p.at(p.pos)
		if p.pos >= len(p.s) || c == ']' || stop != 0 && c == stop {
			break
		}
		if isSpace(c) {
			p.skipSpaces()
			continue
		}
		if comb, ok, err := p.combinator(); err != nil {
			return nil, err
		} else if ok {
			if lastIsComb {
				return nil, p.errorf("unexpected combinator %q", strings.TrimSpace(comb.String()))
			}
			items = append(items, &Node{Kind: -1, Comb: comb})
			combs = append(combs, comb)
			lastIsComb = true
			continue
		}
		n, err := p.term()
		if err != nil {
			return nil, err
		}
		if n == nil {
			break
		}
		if !lastIsComb {
			items = append(items, &Node{Kind: -1, Comb: Juxtapose})
			combs = append(combs, Juxtapose)
		}
		items = append(items, n)
		lastIsComb = false
	}
	if lastIsComb && len(items) > 0 {
		return nil, p.errorf("a combinator must be followed by a term")
	}
	return regroup(items, combs), nil
}

// combinator reads | || && if one starts at pos.
func (p *parser) combinator() (Combinator, bool, error) {
	switch p.at(p.pos) {
	case '|':
		p.pos++
		if p.at(p.pos) == '|' {
			p.pos++
			return Any, true, nil
		}
		return One, true, nil
	case '&':
		p.pos++
		if err := p.eat('&'); err != nil {
			return 0, false, err
		}
		return All, true, nil
	}
	return 0, false, nil
}

// regroup nests the terms of one level by precedence: "a b | c && d"
// becomes One[Juxtapose[a b], All[c d]]. items alternate term, combinator.
func regroup(items []*Node, combs []Combinator) *Node {
	if len(items) == 0 {
		return &Node{Kind: Group}
	}
	weakest := Juxtapose
	for _, c := range combs {
		weakest = max(weakest, c)
	}
	return split(items, weakest)
}

// split splits items at combinator c and groups each part by the tighter
// combinators.
func split(items []*Node, c Combinator) *Node {
	g := &Node{Kind: Group, Comb: c}
	start := 0
	for i := 0; i <= len(items); i++ {
		if i < len(items) && !(items[i].Kind == -1 && items[i].Comb == c) {
			continue
		}
		part := items[start:i]
		start = i + 1
		if len(part) == 1 {
			g.Terms = append(g.Terms, part[0])
			continue
		}
		tighter := Juxtapose
		for _, it := range part {
			if it.Kind == -1 {
				tighter = max(tighter, it.Comb)
			}
		}
		g.Terms = append(g.Terms, split(part, tighter))
	}
	return g
}
