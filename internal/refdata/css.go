package refdata

import (
	"encoding/json"
	"strings"
)

// CSS is the formal syntax of CSS's properties, types, functions and
// at-rules, from @webref/css. A name may be defined for one property
// only (its "for", such as a type of grid-template-columns): lookups try
// that scope first, then every definition of the name.
type CSS struct {
	properties, types, functions, atRules scoped
}

// SyntaxItem is one definition: its name as the data writes it, the URL
// of its definition, its syntax, and the URLs of specifications that
// extend it.
type SyntaxItem struct {
	Name        string       `json:"name"`
	Href        string       `json:"href,omitempty"`
	Syntax      string       `json:"syntax,omitempty"`
	For         strList      `json:"for,omitempty"`
	Extended    []string     `json:"extended,omitempty"`
	Descriptors []SyntaxItem `json:"descriptors,omitempty"`
}

// cssFile is the shape of @webref/css's css.json, of which doku reads
// these fields; cmd/doku-data keeps only them.
type cssFile struct {
	Properties []SyntaxItem `json:"properties"`
	Types      []SyntaxItem `json:"types"`
	Functions  []SyntaxItem `json:"functions"`
	AtRules    []SyntaxItem `json:"atrules"`
}

// strList reads a string or a list of strings.
type strList []string

func (l *strList) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*l = strList{s}
		return nil
	}
	return json.Unmarshal(b, (*[]string)(l))
}

// global is the scope holding every definition by name; where a name has
// several, the last one read.
const global = ""

type scoped map[string]map[string]*SyntaxItem

func (s scoped) add(it *SyntaxItem) {
	name := bare(it.Name)
	for _, f := range append([]string{global}, it.For...) {
		f = bare(f)
		if s[f] == nil {
			s[f] = map[string]*SyntaxItem{}
		}
		s[f][name] = it
	}
}

func (s scoped) get(name, scope string) *SyntaxItem {
	if scope != "" {
		if it := s[scope][name]; it != nil {
			return it
		}
	}
	return s[global][name]
}

// bare drops the angle brackets of a type's name: "<length>" → "length".
func bare(name string) string { return strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">") }

func (f *cssFile) index() *CSS {
	c := &CSS{properties: scoped{}, types: scoped{}, functions: scoped{}, atRules: scoped{}}
	for _, l := range []struct {
		items []SyntaxItem
		s     scoped
	}{{f.Properties, c.properties}, {f.Types, c.types}, {f.Functions, c.functions}, {f.AtRules, c.atRules}} {
		for i := range l.items {
			l.s.add(&l.items[i])
		}
	}
	return c
}

// Property returns the definition of a property, nil if there is none;
// scope is the property or at-rule the page is about ("" for none).
func (c *CSS) Property(name, scope string) *SyntaxItem { return c.properties.get(name, scope) }

// Type returns the definition of a type, by its name without brackets
// ("length").
func (c *CSS) Type(name, scope string) *SyntaxItem { return c.types.get(name, scope) }

// Function returns the definition of a function, by its name with
// parentheses ("minmax()").
func (c *CSS) Function(name, scope string) *SyntaxItem { return c.functions.get(name, scope) }

// AtRule returns the definition of an at-rule ("@media").
func (c *CSS) AtRule(name, scope string) *SyntaxItem { return c.atRules.get(name, scope) }

// Descriptor returns the definition of a descriptor of an at-rule.
func (c *CSS) Descriptor(name, atRule, scope string) *SyntaxItem {
	r := c.AtRule(atRule, scope)
	if r == nil {
		return nil
	}
	for i := range r.Descriptors {
		if r.Descriptors[i].Name == name {
			return &r.Descriptors[i]
		}
	}
	return nil
}
