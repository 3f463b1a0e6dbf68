// Package macro reads and expands MDN's macro calls: {{Name}} and
// {{Name("arg", 2, true)}} in Markdown and in raw HTML.
//
// Names are case-insensitive (cssxref, CSSxRef and CSSXRef are one macro);
// "\{{" escapes a call; calls inside code spans and fenced code are text.
// A Registry holds each macro's name, kind, arguments and a one-line doc;
// Builtins is the set doku ships. A call that cannot be expanded (unknown
// macro, bad arguments, a link to nothing) never stops a build: it renders
// as a visible flaw and is reported with its file:line:col.
package macro

import (
	"slices"
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

// Macro is one registered macro.
type Macro struct {
	Name string
	Kind Kind
	// Args documents the arguments: `("api" [, "text"])`.
	Args string
	Doc  string
	// Expand returns the HTML a call renders to. Its errors are flaws.
	Expand func(env *Env, args []Arg) (string, error)
}

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

// Builtins returns the macros doku ships.
func Builtins() *Registry {
	return NewRegistry(append([]*Macro{
		domxref, jsxref, cssxref, htmlElement, svgElement, svgAttr, mathMLElement,
		httpHeader, httpStatus, httpMethod, glossary, webExtAPIRef, rfc, htmlAttrXRef, anch, bug,
		readOnlyInline, optionalInline, experimentalInline, deprecatedInline, nonStandardInline, secureContextInline,
		availableInWorkers, secureContextHeader, seeCompatTable, deprecatedHeader, nonStandardHeader,
		apiRef, defaultAPISidebar,
		previousNext, previousMenuNext, previousMenu, nextMenu, previous, next,
		embedLiveSample, interactiveExample, embedInteractiveExample, inheritanceDiagram,
		compatMacro, specifications,
		closeCodeTable, jsPropertyAttributes,
	}, areaSidebars...)...)
}
