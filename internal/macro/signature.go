package macro

import (
	"fmt"
	"strings"
)

// Type is what a parameter accepts. MDN's macros are JavaScript, and
// pages rely on their leniency: a number stands for its digits, a number
// may be written in a string ("6455"), a flag is anything truthy. The
// types accept exactly that, so a call MDN renders is never refused.
type Type int

const (
	// TypeString is text. A number or a boolean given for it is read as
	// written ({{HTTPStatus(404)}}).
	TypeString Type = iota
	// TypeNumber is a whole number, 0 or more, written as a number or in a
	// string; spaces around it do not count.
	TypeNumber
	// TypeBool is true or false, written as such, as 0 or 1, or in a string.
	TypeBool
	// TypeAny is anything, read as written (a size, a section number) or
	// as JavaScript tests a flag (Args.Truthy).
	TypeAny
)

var typeNames = [...]string{"string", "number", "bool", "any"}

func (t Type) String() string { return typeNames[t] }

// accepts reports whether an argument may stand for a parameter of type t.
func (t Type) accepts(a Arg) bool {
	v := strings.TrimSpace(a.Value)
	switch {
	case a.Kind == None:
		return true // left out: the parameter reads as not given
	case t == TypeNumber:
		return a.Kind != Bool && v != "" && strings.Trim(v, "0123456789") == ""
	case t == TypeBool:
		return v == "0" || v == "1" || v == "true" || v == "false"
	}
	return true
}

// Param is one parameter of a macro.
type Param struct {
	// Name is how the usage shows the parameter: "target", dontCode.
	Name     string
	Type     Type
	Optional bool
	// Default is what an absent optional parameter reads as.
	Default string
	// Want says what the argument must be when a call gives one of the
	// wrong kind: "needs <Want> as its first argument". Without it the
	// message quotes the usage.
	Want string
	// OneOf lists the values the macro knows, for the usage shown by
	// doku macros and in hints; the macro itself checks them.
	OneOf []string
}

// Signature is what a macro takes.
type Signature struct {
	Params []Param
	// Rest describes the arguments a call may give after Params (the Bcd
	// keys of Compat, the old arguments MDN's pages still pass); nil when
	// there may be none. Its Name, if any, is shown in the usage.
	Rest *Param
	// MaxArgs bounds the number of arguments when Rest is set; 0 is no
	// bound.
	MaxArgs int
	// Usage, when set, is how messages, hints and doku macros write the
	// signature instead of the form made from Params, where MDN documents
	// a macro differently (all-optional arguments listed without brackets).
	Usage string
	// Note follows the usage in messages, for what the types do not say
	// (", each 0 or 1").
	Note string
}

// String is the signature as doku macros and hints show it:
// ("target" [, "text" [, "anchor"]]), with the values of a OneOf.
func (s Signature) String() string {
	if s.Usage != "" {
		return s.Usage
	}
	return s.format(true)
}

// usage is the signature as messages write it: with parameter names.
func (s Signature) usage() string {
	u := s.Usage
	if u == "" {
		u = s.format(false)
	}
	if u == "" {
		u = "no arguments"
	}
	return u + s.Note
}

// format writes ("a", b [, "c" [, ...]]): quoted names for text, optional
// parameters in nested brackets. values shows a OneOf's values.
func (s Signature) format(values bool) string {
	if len(s.Params) == 0 && s.Rest == nil {
		return ""
	}
	var b strings.Builder
	open := 0
	b.WriteString("(")
	for i, p := range s.Params {
		switch {
		case p.Optional && i == 0:
			b.WriteString("[")
		case p.Optional:
			b.WriteString(" [, ")
		case i > 0:
			b.WriteString(", ")
		}
		if p.Optional {
			open++
		}
		b.WriteString(p.shown(values))
	}
	if s.Rest != nil {
		if len(s.Params) == 0 {
			b.WriteString("[")
		} else {
			b.WriteString(" [, ")
		}
		if s.Rest.Name != "" {
			b.WriteString(s.Rest.shown(values) + ", ")
		}
		b.WriteString("...")
		open++
	}
	b.WriteString(strings.Repeat("]", open) + ")")
	return b.String()
}

func (p Param) shown(values bool) string {
	if values && len(p.OneOf) > 0 {
		return `"` + strings.Join(p.OneOf, `" | "`) + `"`
	}
	if p.Type == TypeString {
		return `"` + p.Name + `"`
	}
	return p.Name
}

// check returns what is wrong with a call's arguments, or nil: their
// number, then the kind of each, from the first.
func (s Signature) check(args []Arg) error {
	lo, hi := 0, len(s.Params)
	for _, p := range s.Params {
		if !p.Optional {
			lo++
		}
	}
	bounded := s.Rest == nil || s.MaxArgs > 0
	if s.Rest != nil {
		hi = s.MaxArgs
	}
	if len(args) < lo || bounded && len(args) > hi {
		return &ArgError{Msg: fmt.Sprintf("takes %s, got %d arguments", s.usage(), len(args))}
	}
	for i, a := range args {
		p := s.Rest
		if i < len(s.Params) {
			p = &s.Params[i]
		}
		if p.Type.accepts(a) {
			continue
		}
		got := quote(strings.TrimSpace(a.Value))
		if p.Want != "" {
			return &ArgError{Msg: fmt.Sprintf("needs %s as its %s argument, got %s", p.Want, ordinal(i), got)}
		}
		return &ArgError{Msg: fmt.Sprintf("takes %s, got %s", s.usage(), got)}
	}
	return nil
}

func quote(s string) string { return `"` + s + `"` }

var ordinals = [...]string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}

// ordinal is "first" for 0; beyond the eighth, "9th", "21st" and so on.
func ordinal(i int) string {
	if i < len(ordinals) {
		return ordinals[i]
	}
	n := i + 1
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
