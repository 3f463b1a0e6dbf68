// Package doku holds what the doku binary carries so that it builds any
// content tree on its own: the default theme and the message catalogs. A
// site's own layouts/ and static/ files override the embedded ones of the
// same name; its locales/<locale>.toml overrides the embedded catalog of
// that locale message by message (see catalogs.go).
package doku

import "embed"

// Theme is the default theme: layouts/*.html and static/**.
//
//go:embed layouts static
var Theme embed.FS
