package load

import (
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/doku-docs/doku/internal/content"
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/hosting"

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
	// BaseURL is where the site is served ("https://example.org/docs/"):
	// it makes canonical links, hreflang alternates and sitemaps absolute.
	// The -base-url flag overrides it.
	BaseURL string `toml:"base-url"`
	// BCD is the browser-compat data.json: an absolute path, or one
	// relative to the site's root (see BCDFile).
	BCD string `toml:"bcd"`
	// Data is the data folder of MDN's data macros (see refdata):
	// absolute, or relative to the site's root.
	Data string `toml:"data"`
	// StatusPage adds the translation status page (<locale>/status/) for
	// translators, linked from the home pages. It needs the Status.*
	// messages in the catalogs.
	StatusPage bool `toml:"status-page"`
	// PathSlugPrefix is put before the slug of every page that takes its
	// URL from its path ("guide": howto/install.md is served at
	// /<locale>/docs/guide/howto/install/); see
	// content.Options.PathSlugPrefix. Empty when unset or wrong.
	PathSlugPrefix string `toml:"path-slug-prefix"`

	// baseURL is BaseURL checked; nil when unset or wrong.
	baseURL *url.URL
}

// BCDFile is the file bcd names for the site at root: an absolute path
// stays as it is (data unpacked once, shared by several sites), a relative
// one is relative to the site's root, not to the working directory, so
// that the site builds the same from anywhere. "" when bcd is unset.
func (c Config) BCDFile(root string) string { return rootPath(root, c.BCD) }

// DataDir is the folder data names, read as bcd is (BCDFile).
func (c Config) DataDir(root string) string { return rootPath(root, c.Data) }

func rootPath(root, p string) string {
	if p == "" {
		return ""
	}
	p = filepath.FromSlash(p)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(root, p)
}

// baseURLHint says what a base URL looks like.
const baseURLHint = "the URL the site's root folder is served at, such as https://example.org/docs/"

func loadConfig(root fs.FS, dc *diag.Collector) Config {
	var c Config
	src, err := fs.ReadFile(root, ConfigFile)
	if errors.Is(err, fs.ErrNotExist) {
		return c
	}
	if err != nil {
		dc.Errorf(diag.Pos{File: ConfigFile}, diag.Config, "", "cannot read: %v", err)
		return c
	}
	md, err := toml.Decode(string(src), &c)
	if err != nil {
		pos, msg := diag.TOMLError(ConfigFile, err)
		dc.Errorf(pos, diag.Config, "doku.toml is TOML: locales = [\"en-US\", \"de\"], strict = true, base-url = \"https://example.org/docs/\"", "%s", msg)
	}
	if c.BaseURL != "" {
		u, err := hosting.ParseBaseURL(c.BaseURL)
		if err != nil {
			dc.Errorf(diag.Pos{File: ConfigFile, Line: keyLine(src, "base-url"), Col: 1}, diag.Config, baseURLHint, "base-url %q: %v", c.BaseURL, err)
		}
		c.baseURL = u
	}
	if c.PathSlugPrefix != "" {
		if err := content.CheckSlug(c.PathSlugPrefix); err != nil {
			line, col := valuePos(src, "path-slug-prefix")
			dc.Errorf(diag.Pos{File: ConfigFile, Line: line, Col: col}, diag.Config, pathSlugPrefixHint, "path-slug-prefix: %v", err)
			c.PathSlugPrefix = ""
		}
	}
	for _, k := range md.Undecoded() {
		dc.Errorf(diag.Pos{File: ConfigFile}, diag.Config, "known keys: locales, strict, base-url, bcd, data, status-page, path-slug-prefix", "unknown key %q", k.String())
	}
	return c
}

// pathSlugPrefixHint says what a path-slug-prefix looks like.
const pathSlugPrefixHint = "the folder of the URL that pages without a slug go below, such as \"guide\" or \"product/guide\": no leading or trailing '/'"

// valuePos is the line and column where key's value starts in a TOML
// file, or the key's line and column 1 when the value is not on it; 0, 0
// if key is not set.
func valuePos(src []byte, key string) (line, col int) {
	line = keyLine(src, key)
	if line == 0 {
		return 0, 0
	}
	l := strings.Split(string(src), "\n")[line-1]
	_, v, _ := strings.Cut(l, "=")
	if strings.TrimSpace(v) == "" {
		return line, 1
	}
	return line, len(l) - len(strings.TrimLeft(v, " \t")) + 1
}

// keyLine is the line where key is set in a TOML file, 0 if not found.
func keyLine(src []byte, key string) int {
	for i, l := range strings.Split(string(src), "\n") {
		k, _, ok := strings.Cut(l, "=")
		if ok && strings.Trim(strings.TrimSpace(k), `"`) == key {
			return i + 1
		}
	}
	return 0
}

// ReadConfig reads the doku.toml of the site at root, for commands that
// work on a built site; problems in it are returned as diagnostics.
func ReadConfig(root string) (Config, []diag.Diagnostic) {
	var dc diag.Collector
	c := loadConfig(os.DirFS(root), &dc)
	return c, dc.All()
}

// Base is the checked base-url, nil when unset or wrong.
func (c Config) Base() *url.URL { return c.baseURL }
