package build

import (
	"errors"
	"io/fs"

	"doku/internal/diag"

	"github.com/BurntSushi/toml"
)

// ConfigFile is the optional site configuration at the site's root.
const ConfigFile = "doku.toml"

// Config is what doku.toml may set.
type Config struct {
	// Locales limits and orders the locales built; default: every locale
	// folder of the content tree.
	Locales []string `toml:"locales"`
	// Strict makes flaws (unknown macros, broken links, unknown
	// front-matter keys) errors that fail the build.
	Strict bool `toml:"strict"`
}

func loadConfig(root fs.FS, dc *diag.Collector) Config {
	var c Config
	src, err := fs.ReadFile(root, ConfigFile)
	if errors.Is(err, fs.ErrNotExist) {
		return c
	}
	if err != nil {
		dc.Errorf(diag.Pos{File: ConfigFile}, "config", "", "cannot read: %v", err)
		return c
	}
	md, err := toml.Decode(string(src), &c)
	if err != nil {
		pos, msg := diag.TOMLError(ConfigFile, err)
		dc.Errorf(pos, "config", "doku.toml is TOML: locales = [\"en-US\", \"de\"], strict = true", "%s", msg)
	}
	for _, k := range md.Undecoded() {
		dc.Errorf(diag.Pos{File: ConfigFile}, "config", "known keys: locales, strict", "unknown key %q", k.String())
	}
	return c
}
