// Package doku holds the default theme, embedded so that the doku binary
// builds any content tree on its own. A site's own layouts/ and static/
// files override the embedded ones of the same name.
package doku

import "embed"

// Theme is the default theme: layouts/*.html and static/**.
//
//go:embed layouts static
var Theme embed.FS
