package render

import "strings"

// The escapers below write what html/template writes for a value in the
// same place, so that HTML doku writes without a template reads exactly
// as the template's (TestEscapersMatchTemplate compares them).

// appendHTMLText appends s escaped as html/template escapes a value in
// text or in a quoted attribute: NUL, quotes, &, +, < and >.
func appendHTMLText[T string | []byte](b []byte, s T) []byte {
	written := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		b = append(b, s[written:i]...)
		b = append(b, repl...)
		written = i + 1
	}
	return append(b, s[written:]...)
}

// appendURLAttr appends the URL s as html/template writes a value into a
// quoted href: a scheme other than http, https or mailto replaced by
// "#ZgotmplZ", bytes that may not stand in a URL percent-encoded (a
// valid escape kept), and the rest escaped as in appendHTMLText.
func appendURLAttr[T string | []byte](b []byte, s T) []byte {
	if !isSafeURL(s) {
		return append(b, "#ZgotmplZ"...)
	}
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if urlKeeps(c) || c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			continue
		}
		b = appendHTMLText(b, s[written:i])
		b = append(b, '%', hexDigit[c>>4], hexDigit[c&15])
		written = i + 1
	}
	return appendHTMLText(b, s[written:])
}

// isSafeURL says s is relative or of a scheme html/template lets through.
func isSafeURL[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/':
			return true // a colon after a slash is not a scheme's
		case ':':
			p := s[:i]
			return equalFold(p, "http") || equalFold(p, "https") || equalFold(p, "mailto")
		}
	}
	return true
}

// equalFold is strings.EqualFold(s, lower) for a lower-case ASCII
// lower, without converting s.
func equalFold[T string | []byte](s T, lower string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			// Unicode folds some letters to ASCII ones (ſ to s).
			return strings.EqualFold(string(s), lower)
		}
	}
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// urlKeeps says a byte stands in a normalized URL as it is: letters,
// digits, RFC 3986's unreserved marks and its reserved characters but
// the single quote and parentheses.
func urlKeeps(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!#$&*+,/:;=?@[]", c) >= 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

const hexDigit = "0123456789abcdef"
