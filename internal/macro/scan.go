package macro

import (
	"bytes"
)

// Scan calls fn for every macro call in a page's Markdown body, at its
// byte offset, the way rendering would find them but without building a
// document: calls in fenced code, code spans, HTML comments and <pre> are
// text, and "\{{" escapes. It is for counting calls over whole trees
// (doku macros -content), so it favours speed; calls that do not parse
// are passed with their error.
func Scan(body []byte, fn func(c Call, off int, err error)) {
	fence := []byte(nil) // the fence of the open code block, if any
	for off := 0; off < len(body); {
		end := bytes.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off + 1
		}
		line := body[off:end]
		trimmed := bytes.TrimLeft(line, " \t>")
		switch {
		case fence != nil:
			if bytes.HasPrefix(bytes.TrimSpace(trimmed), fence) {
				fence = nil
			}
		case bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")):
			n := 3
			for n < len(trimmed) && trimmed[n] == trimmed[0] {
				n++
			}
			fence = append([]byte(nil), trimmed[:n]...)
		default:
			if skip := skipRegion(body, off); skip > off {
				end = skip
				break
			}
			off = scanLine(body, off, end, fn)
			if off > end {
				// A call spanning lines: go on after it.
				end = off
			}
		}
		off = end
	}
}

// skipRegion returns where a comment or <pre> starting at the beginning of
// the line at off ends, or off when none starts there.
func skipRegion(body []byte, off int) int {
	rest := bytes.TrimLeft(body[off:], " \t")
	var closer string
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		closer = "-->"
	case len(rest) > 4 && bytes.EqualFold(rest[:4], []byte("<pre")) && (rest[4] == '>' || rest[4] == ' '):
		closer = "</pre>"
	default:
		return off
	}
	i := bytes.Index(bytes.ToLower(rest), []byte(closer))
	if i < 0 {
		return len(body)
	}
	return len(body) - len(rest) + i + len(closer)
}

// scanLine reports the calls that start in body[off:end] and returns where
// scanning should go on.
func scanLine(body []byte, off, end int, fn func(Call, int, error)) int {
	for i := off; i < end; i++ {
		switch body[i] {
		case '\\':
			i++ // an escaped character, "\{" included
		case '`':
			n := 1
			for i+n < end && body[i+n] == '`' {
				n++
			}
			close := bytes.Index(body[i+n:end], bytes.Repeat([]byte("`"), n))
			if close >= 0 {
				i += n + close + n - 1
			} else {
				i += n - 1
			}
		case '<':
			if bytes.HasPrefix(body[i:end], []byte("<!--")) {
				c := bytes.Index(body[i:], []byte("-->"))
				if c < 0 {
					return len(body)
				}
				if i+c+3 > end {
					return i + c + 3
				}
				i += c + 2
			}
		case '{':
			// "\\{{" is text as "\{{" is: MDN's grammar reads any
			// backslash before a brace as its escape.
			if i+1 < end && body[i+1] == '{' && (i == 0 || body[i-1] != '\\') {
				c, err := Parse(body[i:])
				if err != nil {
					fn(Call{Name: nameAt(body[i+2 : end])}, i, err)
					i++
					continue
				}
				fn(c, i, nil)
				if i+c.Len > end {
					return i + c.Len
				}
				i += c.Len - 1
			}
		}
	}
	return end
}

// nameAt is the macro name at the start of b, after spaces.
func nameAt(b []byte) string {
	b = bytes.TrimLeft(b, " ")
	n := 0
	for n < len(b) && n < maxNameLen && isNameByte(b[n]) {
		n++
	}
	return string(b[:n])
}
