// Package locale holds what every part of doku must agree on about
// locales: which one is the source the others translate from, and how a
// locale's tag names its folders.
package locale

import "strings"

// Source is the locale every other locale translates from: its pages are
// the originals translations inherit from and its catalog holds every
// message first.
const Source = "en-US"

// Folder is the name of locale's folder in a content tree, and of its
// catalog's file stem in lower case: MDN names folders by lower-cased tag
// ("en-us", "pt-br").
func Folder(tag string) string { return strings.ToLower(tag) }
