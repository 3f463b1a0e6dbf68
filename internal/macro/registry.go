// Package macro is the syntax of MDN's macro calls and their dispatch:
// {{Name}} and {{Name("arg", 2, true)}} in Markdown and in raw HTML.
//
// Names are case-insensitive (cssxref, CSSxRef and CSSXRef are one macro);
// "\{{" escapes a call; calls inside code spans and fenced code are text.
// A Registry holds each macro's name, kind, typed signature and a one-line
// doc, and checks every call against the signature before the macro runs.
// The macros themselves are MDN's library, in internal/mdn. A call that
// cannot be expanded (unknown macro, bad arguments, a link to nothing)
// never stops a build: it renders as a visible flaw and is reported with
// its file:line:col.
package macro

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Kind says what a macro produces, and so where it may stand.
type Kind int

const (
	KindLink    Kind = iota // an inline link to another page
	KindBadge               // an inline marker (read-only, experimental, ...)
	KindBanner              // a block notice at the top of a page
	KindSection             // a generated block (compat table, specifications)
	KindSidebar             // the page's sidebar, shown by the layout; renders nothing in place
	KindEmbed               // embedded content (live samples, diagrams)
	KindNav                 // links to the previous and next pages of a tutorial
)

var kindNames = [...]string{"link", "badge", "banner", "section", "sidebar", "embed", "nav"}

func (k Kind) String() string { return kindNames[k] }

// Block reports whether calls of this kind stand on a line of their own as
// a block, rather than inside a paragraph.
func (k Kind) Block() bool { return k != KindLink && k != KindBadge }

// Macro is one registered macro: its name, what it produces, what it
// takes, and what a call renders to.
type Macro struct {
	Name string
	Kind Kind
	Sig  Signature
	// Doc is one line for doku macros.
	Doc string
	// Expand returns what a call gives its page. It runs only when the
	// call's arguments fit Sig. Its errors are flaws; the Fallbacks of its
	// Result are reported even then.
	Expand func(env *Env, args Args) (Result, error)
}

// Args is the signature as doku macros and hints show it.
func (m *Macro) Args() string { return m.Sig.String() }

// Registry maps names, ignoring case, to macros. It is read-only once made.
type Registry struct {
	byName map[string]*Macro
}

// NewRegistry makes a registry of ms.
func NewRegistry(ms ...*Macro) *Registry {
	r := &Registry{byName: map[string]*Macro{}}
	for _, m := range ms {
		r.byName[strings.ToLower(m.Name)] = m
	}
	return r
}

// Lookup returns the macro called name, ignoring case, or nil.
func (r *Registry) Lookup(name string) *Macro { return r.byName[strings.ToLower(name)] }

// All returns the macros sorted by name.
func (r *Registry) All() []*Macro {
	var ms []*Macro
	for _, m := range r.byName {
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b *Macro) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return ms
}

// Check returns the macro a call names, and an error when there is none
// or the call's arguments do not fit its signature: the one place where
// calls are checked, before any macro runs.
func (r *Registry) Check(c Call) (*Macro, Args, error) {
	m := r.Lookup(c.Name)
	if m == nil {
		return nil, Args{}, &UnknownError{Name: c.Name}
	}
	if err := m.Sig.check(c.Args); err != nil {
		return m, Args{}, err
	}
	return m, Args{list: c.Args, params: m.Sig.Params}, nil
}

// UnknownError is a call of a macro the registry does not know.
type UnknownError struct{ Name string }

func (e *UnknownError) Error() string { return fmt.Sprintf(unknownFormat, e.Name) }

// unknownFormat is how an unknown macro is named in its diagnostic;
// UnknownName reads it back.
const unknownFormat = "unknown macro %q"

// UnknownName returns the name of the macro a diagnostic message about an
// unknown macro names, lower-cased (names ignore case), for summaries that
// count calls per macro.
func UnknownName(message string) (string, bool) {
	prefix, _, _ := strings.Cut(unknownFormat, "%")
	_, rest, ok := strings.Cut(message, prefix)
	if !ok {
		return "", false
	}
	name, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return "", false
	}
	name, err = strconv.Unquote(name)
	return strings.ToLower(name), err == nil
}
