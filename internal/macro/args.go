package macro

import "strings"

// Args are a call's arguments as its macro reads them, after the registry
// has checked them against its signature.
type Args struct {
	list   []Arg
	params []Param
}

// Len is the number of arguments the call gives.
func (a Args) Len() int { return len(a.list) }

// List returns the arguments as written, those after the parameters too.
func (a Args) List() []Arg { return a.list }

// String returns argument i as written, or when the call does not give it
// (or leaves it out, f("a", , 3)), its parameter's default ("" without
// one).
func (a Args) String(i int) string {
	if i < len(a.list) && a.list[i].Kind != None {
		return a.list[i].Value
	}
	if i < len(a.params) {
		return a.params[i].Default
	}
	return ""
}

// Truthy reads argument i as JavaScript would: MDN's macros test their
// flags that way, so "dontCode" may be true, 1 or any non-empty string.
func (a Args) Truthy(i int) bool {
	if i >= len(a.list) {
		return false
	}
	switch v := a.list[i]; v.Kind {
	case None:
		return false
	case Bool:
		return v.Value == "true"
	case Number:
		return strings.Trim(v.Value, "+-0.") != ""
	default:
		return v.Value != ""
	}
}

// Bool reads argument i of a TypeBool parameter: true for true and 1.
func (a Args) Bool(i int) bool {
	v := strings.TrimSpace(a.String(i))
	return v == "1" || v == "true"
}
