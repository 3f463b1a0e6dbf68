package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/doku-docs/doku"
	"github.com/doku-docs/doku/internal/pipeline"
)

// siteFlags are the flags every command that reads a site shares. They
// are defined here once, so that build, bundle, serve, check and i18n
// status spell and document them alike, and turned into pipeline.Options in
// one place.
type siteFlags struct {
	root, content, out, bcd, data, baseURL string
	strict                                 bool
}

// siteFlag selects the shared flags a command takes.
type siteFlag uint

const (
	flagRoot siteFlag = 1 << iota
	flagContent
	flagOut
	flagBCD
	flagBaseURL
	flagStrict

	// flagsBuild are the flags of every command that builds the site.
	flagsBuild = flagRoot | flagContent | flagOut | flagBCD | flagBaseURL | flagStrict
)

// register defines the flags of which on fs.
func (f *siteFlags) register(fs *flag.FlagSet, which siteFlag) {
	if which&flagRoot != 0 {
		fs.StringVar(&f.root, "root", ".", "site folder: doku.toml, locales/, layouts/ and static/, each optional (doku ships a theme and catalogs)")
	}
	if which&flagContent != 0 {
		fs.StringVar(&f.content, "content", "", "content tree holding one folder per locale, such as MDN's files/ (default ROOT/content)")
	}
	if which&flagOut != 0 {
		fs.StringVar(&f.out, "out", "", "output folder of the built site, replaced whole when a build succeeds (default ROOT/site)")
	}
	if which&flagBCD != 0 {
		fs.StringVar(&f.bcd, "bcd", "", "browser-compat data.json of @mdn/browser-compat-data (default: doku.toml's bcd, else CONTENT/data/browser-compat.json)")
		fs.StringVar(&f.data, "data", "", "data folder of MDN's data macros, made by make mdn-data: CSS syntax and definitions, specification titles (default: doku.toml's data)")
	}
	if which&flagBaseURL != 0 {
		fs.StringVar(&f.baseURL, "base-url", "", "URL the site is served at, e.g. https://example.org/docs/ (default: base-url in doku.toml); gives absolute canonical links and sitemaps")
	}
	if which&flagStrict != 0 {
		fs.BoolVar(&f.strict, "strict", false, "fail on flaws: unknown macros and front-matter keys, broken links")
	}
}

// options fills the site's part of opt from the flags, with the theme and
// catalogs doku ships as the base the site's own files override.
func (f *siteFlags) options(opt pipeline.Options) pipeline.Options {
	opt.Root, opt.Content, opt.Out, opt.BCD, opt.Data, opt.BaseURL = f.root, f.content, f.out, f.bcd, f.data, f.baseURL
	opt.Strict = opt.Strict || f.strict
	opt.Theme, opt.Catalogs = doku.Theme, doku.Catalogs
	return opt
}

// newFlagSet makes the flag set of command name ("build", "i18n check"),
// whose -h and "doku help name" print the summary and every flag once.
func newFlagSet(name string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: doku %s [flags]\n", name)
		if s := summaryOf(name); s != "" {
			fmt.Fprintf(fs.Output(), "\n%s\n", s)
		}
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	return fs
}
