package compat

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"testing"
)

// echo is a catalog whose message is the id with the values after it,
// as "id|name=value|...".
type echo struct{}

func (echo) T(id string, data ...any) string {
	s := id
	for i := 0; i+1 < len(data); i += 2 {
		s += fmt.Sprintf("|%v=%v", data[i], data[i+1])
	}
	return s
}

// replacerTHTML is tHTML as it was written first, with a strings.Replacer.
func replacerTHTML(l Localizer, id string, pairs ...string) string {
	data := make([]any, 0, len(pairs))
	var repl []string
	for i := 0; i+1 < len(pairs); i += 2 {
		token := "\uE000" + strconv.Itoa(i/2) + "\uE001"
		data = append(data, pairs[i], token)
		repl = append(repl, token, pairs[i+1])
	}
	return strings.NewReplacer(repl...).Replace(html.EscapeString(l.T(id, data...)))
}

// TestTHTMLSameAsReplacer compares tHTML with the replacer on messages
// that hold the tokens once, twice, broken, or not at all, and values
// that look like tokens themselves.
func TestTHTMLSameAsReplacer(t *testing.T) {
	tbl := &Table{L: echo{}}
	for _, id := range []string{"plain <b>", "twice \uE0000\uE001\uE0000\uE001", "broken \uE000x\uE001 \uE0002\uE001 \uE000", ""} {
		for _, pairs := range [][]string{
			nil,
			{"Name", "<code>a</code>"},
			{"Name", "<code>a&amp;b</code>", "Value", "<code>\uE0000\uE001</code>"},
			{"Version", "\uE0001\uE001"},
		} {
			got, want := tbl.tHTML(id, pairs...), replacerTHTML(echo{}, id, pairs...)
			if got != want {
				t.Errorf("%q %q:\n got %q\nwant %q", id, pairs, got, want)
			}
		}
	}
}
