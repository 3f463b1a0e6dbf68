package macro

import (
	"fmt"
	"strconv"
	"strings"
)

// Call is one macro call as written: {{Name}} or {{Name(arg, ...)}}.
type Call struct {
	// Name is as written; look macros up with Registry.Lookup, which
	// ignores case.
	Name string
	Args []Arg
	// Len is the length in bytes of the call in the source, braces included.
	Len int
}

// ArgKind tells how an argument was written.
type ArgKind int

const (
	String ArgKind = iota // "text", 'text' or `text`
	Number                // 2, -1.5
	Bool                  // true, false
	// None is an argument left out, f("a", , 3): MDN's grammar
	// (tree-sitter-mdn) reads it, and an empty string, as not given.
	None
)

// Arg is one argument of a call. Value is the string's content (escapes
// resolved), or the number or boolean as written.
type Arg struct {
	Kind  ArgKind
	Value string
}

// SyntaxError says what is wrong with a call and where, as a byte offset
// from the call's first '{'.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

// maxNameLen bounds a macro name; MDN's longest is under 40 bytes.
const maxNameLen = 64

// Parse reads the macro call at the start of src, which must begin with
// "{{". Spaces are allowed inside the braces and around arguments. It never
// reads past the closing "}}", so a caller can continue after Call.Len.
func Parse(src []byte) (Call, error) {
	p := callParser{src: src, i: 2}
	if len(src) < 2 || src[0] != '{' || src[1] != '{' {
		return Call{}, p.errorf("a macro call starts with {{")
	}
	var c Call
	p.space()
	start := p.i
	for p.i < len(src) && isNameByte(src[p.i]) {
		p.i++
	}
	if p.i == start {
		return Call{}, p.errorf("expected a macro name after {{")
	}
	if p.i-start > maxNameLen {
		return Call{}, p.errorf("macro name is longer than %d bytes", maxNameLen)
	}
	c.Name = string(src[start:p.i])
	p.space()
	if p.peek() == '(' {
		p.i++
		args, err := p.args()
		if err != nil {
			return Call{}, err
		}
		c.Args = args
		p.space()
	}
	if !p.consume("}}") {
		return Call{}, p.errorf("expected }} to close the call of %s", c.Name)
	}
	c.Len = p.i
	return c, nil
}

func isNameByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
		b == '_' || b == '-' || b == '.' || b == ':'
}

type callParser struct {
	src []byte
	i   int
}

func (p *callParser) errorf(format string, args ...any) error {
	return &SyntaxError{Offset: p.i, Msg: fmt.Sprintf(format, args...)}
}

func (p *callParser) peek() byte {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

func (p *callParser) space() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t' || p.src[p.i] == '\n' || p.src[p.i] == '\r') {
		p.i++
	}
}

func (p *callParser) consume(s string) bool {
	if strings.HasPrefix(string(p.src[p.i:min(p.i+len(s), len(p.src))]), s) {
		p.i += len(s)
		return true
	}
	return false
}

// args reads arguments up to and including the closing ')'.
func (p *callParser) args() ([]Arg, error) {
	var args []Arg
	p.space()
	if p.consume(")") {
		return nil, nil
	}
	for {
		p.space()
		a, err := p.arg()
		if err != nil {
			return nil, err
		}
		args = append(args, a)
		p.space()
		switch {
		case p.consume(","):
		case p.consume(")"):
			return args, nil
		default:
			return nil, p.errorf("expected , or ) after argument %d", len(args))
		}
	}
}

func (p *callParser) arg() (Arg, error) {
	switch b := p.peek(); {
	case b == ',' || b == ')':
		return Arg{Kind: None}, nil
	case b == '"' || b == '\'' || b == '`':
		return p.str(b)
	case b == '-' || b == '+' || b == '.' || '0' <= b && b <= '9':
		start := p.i
		p.i++
		for p.i < len(p.src) && (p.src[p.i] == '.' || '0' <= p.src[p.i] && p.src[p.i] <= '9') {
			p.i++
		}
		v := string(p.src[start:p.i])
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			p.i = start
			return Arg{}, p.errorf("bad number %q", v)
		}
		return Arg{Kind: Number, Value: v}, nil
	case p.consume("true"):
		return Arg{Kind: Bool, Value: "true"}, nil
	case p.consume("false"):
		return Arg{Kind: Bool, Value: "false"}, nil
	case b == 0:
		return Arg{}, p.errorf("call is not closed: expected an argument, then ) and }}")
	}
	return Arg{}, p.errorf("expected a quoted string, a number, true or false")
}

// str reads a string quoted with q; a backslash escapes the next byte.
func (p *callParser) str(q byte) (Arg, error) {
	start := p.i
	p.i++
	var b strings.Builder
	for p.i < len(p.src) {
		c := p.src[p.i]
		switch {
		case c == q:
			p.i++
			return Arg{Kind: String, Value: b.String()}, nil
		case c == '\\' && p.i+1 < len(p.src):
			b.WriteByte(p.src[p.i+1])
			p.i += 2
		case c == '\n' && p.i+1 < len(p.src) && p.src[p.i+1] == '\n':
			// A blank line ends a paragraph; a string never spans one.
			p.i = start
			return Arg{}, p.errorf("string is not closed")
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	p.i = start
	return Arg{}, p.errorf("string is not closed")
}
