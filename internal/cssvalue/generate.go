package cssvalue

import (
	"strconv"
	"strings"
)

// Decorate rewrites the text Generate made for one node: text for a
// multiplier is the multiplier alone ("#", "{1,4}"), for every other node
// the node written whole, its children already decorated.
type Decorate func(text string, n *Node) string

// Generate writes n in canonical form: single spaces, "[ a | b ]" with
// spaces inside the brackets, multipliers in their shortest spelling.
// decorate, if not nil, rewrites each node's text (Decorate).
func Generate(n *Node, decorate Decorate) string {
	if decorate == nil {
		decorate = func(s string, _ *Node) string { return s }
	}
	return generate(n, decorate)
}

func generate(n *Node, d Decorate) string {
	var s string
	switch n.Kind {
	case Multiplier:
		return generate(n.Term, d) + d(MultiplierText(n), n)
	case BooleanExpr:
		s = "<boolean-expr[" + generate(n.Term, d) + "]>"
	case Token, String:
		s = n.Name
	case Property:
		s = "<'" + n.Name + "'>"
	case Type:
		s = "<" + n.Name + n.Range + ">"
	case Function:
		s = n.Name + "("
	case Keyword:
		s = n.Name
	case Comma:
		s = ","
	case AtKeyword:
		s = "@" + n.Name
	case Group:
		parts := make([]string, len(n.Terms))
		for i, t := range n.Terms {
			parts[i] = generate(t, d)
		}
		s = strings.Join(parts, n.Comb.String())
		if n.Explicit {
			open := "[ "
			if strings.HasPrefix(s, ",") {
				open = "["
			}
			s = open + s + " ]"
		}
		if n.DisallowEmpty {
			s += "!"
		}
	}
	return d(s, n)
}

// MultiplierText is a multiplier as written after its term: "*", "#?",
// "{1,4}", "#{2,}"; "" for {1}.
func MultiplierText(n *Node) string {
	comma := ""
	if n.Comma {
		comma = "#"
	}
	switch {
	case n.Min == 0 && n.Max == 0 && n.Comma:
		return "#?"
	case n.Min == 0 && n.Max == 0:
		return "*"
	case n.Min == 0 && n.Max == 1:
		return "?"
	case n.Min == 1 && n.Max == 0:
		if n.Comma {
			return "#"
		}
		return "+"
	case n.Min == 1 && n.Max == 1:
		return ""
	case n.Min == n.Max:
		return comma + "{" + strconv.Itoa(n.Min) + "}"
	case n.Max == 0:
		return comma + "{" + strconv.Itoa(n.Min) + ",}"
	}
	return comma + "{" + strconv.Itoa(n.Min) + "," + strconv.Itoa(n.Max) + "}"
}

// Walk calls fn for n and every node below it, parents first.
func Walk(n *Node, fn func(*Node)) {
	fn(n)
	if n.Term != nil {
		Walk(n.Term, fn)
	}
	for _, t := range n.Terms {
		Walk(t, fn)
	}
}
