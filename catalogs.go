package doku

import "embed"

// Catalogs are the message catalogs doku ships, locales/<locale>.toml: a
// site without catalogs of its own builds with them, and a site's
// locales/<locale>.toml overrides them message by message.
//
//go:embed locales/*.toml
var Catalogs embed.FS
