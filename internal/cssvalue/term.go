package cssvalue

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// term reads one term and its multipliers; nil at a character that cannot
// start one (a stray multiplier), which ends the group.
func (p *parser) term() (*Node, error) {
	c := p.at(p.pos)
	switch {
	case isNameChar(c):
		name, _ := p.word()
		if p.at(p.pos) == '(' {
			p.pos++
			return &Node{Kind: Function, Name: name}, nil
		}
		return p.multiplied(&Node{Kind: Keyword, Name: name})
	case c == '[':
		if p.depth++; p.depth > maxDepth {
			return nil, p.errorf("brackets nested too deep")
		}
		p.pos++
		g, err := p.implicitGroup(0)
		if err != nil {
			return nil, err
		}
		if err := p.eat(']'); err != nil {
			return nil, err
		}
		p.depth--
		g.Explicit = true
		if p.at(p.pos) == '!' {
			p.pos++
			g.DisallowEmpty = true
		}
		return p.multiplied(g)
	case c == '<':
		if p.at(p.pos+1) == '\'' {
			return p.property()
		}
		return p.typ()
	case c == ',':
		p.pos++
		return &Node{Kind: Comma}, nil
	case c == '\'':
		end := strings.IndexByte(p.s[p.pos+1:], '\'')
		if end < 0 {
			return nil, p.errorf("unclosed string")
		}
		n := &Node{Kind: String, Name: p.s[p.pos : p.pos+end+2]}
		p.pos += end + 2
		return p.multiplied(n)
	case c == '@' && isNameChar(p.at(p.pos+1)):
		p.pos++
		name, _ := p.word()
		return &Node{Kind: AtKeyword, Name: name}, nil
	case c == '*' || c == '+' || c == '?' || c == '#' || c == '!':
		return nil, nil
	case c == '{' && isDigit(p.at(p.pos+1)):
		return nil, nil
	}
	r, size := utf8.DecodeRuneInString(p.s[p.pos:])
	p.pos += size
	n := &Node{Kind: Token, Name: string(r)}
	if c == '{' {
		return n, nil
	}
	return p.multiplied(n)
}

// property reads <'name'>.
func (p *parser) property() (*Node, error) {
	p.pos += 2
	name, err := p.word()
	if err != nil {
		return nil, err
	}
	if err := p.eat('\''); err != nil {
		return nil, err
	}
	if err := p.eat('>'); err != nil {
		return nil, err
	}
	return p.multiplied(&Node{Kind: Property, Name: name})
}

// typ reads <name>, <name()>, <name [min,max]> and <boolean-expr[...]>.
func (p *parser) typ() (*Node, error) {
	p.pos++
	name, err := p.word()
	if err != nil {
		return nil, err
	}
	if name == "boolean-expr" {
		return p.booleanExpr()
	}
	if p.at(p.pos) == '(' && p.at(p.pos+1) == ')' {
		p.pos += 2
		name += "()"
	}
	n := &Node{Kind: Type, Name: name}
	save := p.pos
	p.skipSpaces()
	if p.at(p.pos) == '[' {
		if n.Range, err = p.rangeOpt(); err != nil {
			return nil, err
		}
	} else {
		p.pos = save
	}
	if err := p.eat('>'); err != nil {
		return nil, err
	}
	return p.multiplied(n)
}

func (p *parser) booleanExpr() (*Node, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.errorf("brackets nested too deep")
	}
	if err := p.eat('['); err != nil {
		return nil, err
	}
	g, err := p.implicitGroup(']')
	if err != nil {
		return nil, err
	}
	if err := p.eat(']'); err != nil {
		return nil, err
	}
	if err := p.eat('>'); err != nil {
		return nil, err
	}
	p.depth--
	term := g
	if len(g.Terms) == 1 {
		term = g.Terms[0]
	}
	return p.multiplied(&Node{Kind: BooleanExpr, Term: term})
}

// rangeOpt reads a type's range, "[0,∞]", "[-100deg,100deg]", and returns
// it as Generate writes it: " [0,∞]".
func (p *parser) rangeOpt() (string, error) {
	p.pos++ // [
	lo, err := p.bound("-∞")
	if err != nil {
		return "", err
	}
	p.skipSpaces()
	if err := p.eat(','); err != nil {
		return "", err
	}
	p.skipSpaces()
	hi, err := p.bound("∞")
	if err != nil {
		return "", err
	}
	if err := p.eat(']'); err != nil {
		return "", err
	}
	return " [" + lo + "," + hi + "]", nil
}

// bound reads one end of a range: a whole number with a unit, or an
// infinity (written ∞ or -∞, or left out), shown as inf.
func (p *parser) bound(inf string) (string, error) {
	neg := false
	if p.at(p.pos) == '-' {
		neg = true
		p.pos++
	}
	if strings.HasPrefix(p.s[p.pos:], "∞") {
		p.pos += len("∞")
		if neg {
			return "-∞", nil
		}
		return "∞", nil
	}
	if !isDigit(p.at(p.pos)) {
		return inf, nil
	}
	n, err := p.number()
	if err != nil {
		return "", err
	}
	if neg && n != 0 {
		n = -n
	}
	unit := ""
	if isNameChar(p.at(p.pos)) {
		unit, _ = p.word()
	}
	return strconv.Itoa(n) + unit, nil
}

// multiplied reads the multipliers after a term, if any; they stack
// ("<a>#{1,2}" is a repeated list).
func (p *parser) multiplied(n *Node) (*Node, error) {
	for stacked := 0; ; stacked++ {
		if stacked > maxDepth {
			return nil, p.errorf("too many multipliers")
		}
		m := &Node{Kind: Multiplier, Term: n}
		switch p.at(p.pos) {
		case '*':
			p.pos++
		case '+':
			p.pos++
			m.Min = 1
		case '?':
			p.pos++
			m.Max = 1
		case '#':
			p.pos++
			m.Comma, m.Min = true, 1
			switch {
			case p.at(p.pos) == '{':
				if err := p.curly(m); err != nil {
					return nil, err
				}
			case p.at(p.pos) == '?':
				p.pos++
				m.Min = 0
			}
		case '{':
			if !isDigit(p.at(p.pos + 1)) {
				return n, nil
			}
			if err := p.curly(m); err != nil {
				return nil, err
			}
		default:
			return n, nil
		}
		n = m
	}
}

// curly reads {m}, {m,} or {m,n}.
func (p *parser) curly(m *Node) error {
	p.pos++
	var err error
	if m.Min, err = p.number(); err != nil {
		return err
	}
	m.Max = m.Min
	if p.at(p.pos) == ',' {
		p.pos++
		m.Max = 0
		if p.at(p.pos) != '}' {
			if m.Max, err = p.number(); err != nil {
				return err
			}
		}
	}
	return p.eat('}')
}
