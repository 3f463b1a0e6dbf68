package mdn

import (
	"errors"
	"html"
	"strings"

	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/deps"
	"github.com/doku-docs/doku/internal/macro"
	"github.com/doku-docs/doku/internal/refdata"
	"github.com/doku-docs/doku/internal/site"
)

// compat and specifications render the sections MDN builds from
// browser-compat-data: the keys come from the call's arguments or the
// page's browser-compat front matter (which a translation inherits).
var compatMacro = &macro.Macro{
	Name: "Compat",
	Kind: macro.KindSection,
	Sig:  bcdSignature,
	Doc:  "Browser compatibility table for the page's browser-compat keys.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		env := c.env
		keys, err := bcdKeys(env, args)
		if err != nil {
			return "", quietIfNoKey(err, "")
		}
		t := compat.Table{Data: env.Compat, L: env.L, Link: func(u string) (string, bool) { return mdnLink(env, u) }}
		out, err := t.Render(keys)
		var nf *compat.NotFoundError
		if errors.As(err, &nf) {
			// MDN's page says so where the table would be.
			return "", quietly(bcdError(err), `<p class="compat-no-data">`+html.EscapeString(env.L.T("Compat.NoData", "Key", nf.Key))+`</p>`)
		}
		if err != nil {
			return "", bcdError(err)
		}
		return out, nil
	}),
}

// bcdSignature takes browser-compat keys; MDN's old depth argument (a
// number) is accepted and ignored.
var bcdSignature = macro.Signature{Rest: &macro.Param{Name: "bcd.key", Type: macro.TypeString}}

var specifications = &macro.Macro{
	Name: "Specifications",
	Kind: macro.KindSection,
	Sig:  bcdSignature,
	Doc:  "Table of the specifications that define the page's feature (spec-urls, else the browser-compat keys' spec_url).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		env := c.env
		env.Read(deps.SpecTitles, "")
		env.Read(deps.Data, refdata.SpecTitlesFile) // the titles the data folder adds
		urls := []string(env.Page.Meta.SpecURLs)
		if args.Len() > 0 || len(urls) == 0 {
			keys, err := bcdKeys(env, args)
			if err != nil {
				return "", quietIfNoKey(err, compat.SpecTable(nil, env.SpecTitles, env.L))
			}
			if urls, err = env.Compat.SpecURLs(keys); err != nil {
				return "", quietly(bcdError(err), compat.SpecTable(urls, env.SpecTitles, env.L))
			}
		}
		return compat.SpecTable(urls, env.SpecTitles, env.L), nil
	}),
}

// bcdKeys returns the keys a call names: its string arguments, else the
// page's browser-compat keys. MDN's old depth argument (a number) is
// ignored.
func bcdKeys(env *macro.Env, args macro.Args) ([]string, error) {
	var keys []string
	for _, a := range args.List() {
		if a.Kind == macro.String && a.Value != "" {
			keys = append(keys, a.Value)
		}
	}
	if len(keys) == 0 {
		keys = env.Page.Meta.BrowserCompat
	}
	if len(keys) == 0 {
		return nil, &macro.DataError{Msg: noKey,
			Hint: `add "browser-compat: api.Name" to the front matter, or write {{Compat("api.Name")}}`}
	}
	for _, k := range keys {
		env.Read(deps.Compat, k)
	}
	if env.Compat == nil {
		return nil, &macro.DataError{Msg: "no browser-compat data is loaded",
			Hint: `pass -bcd path/to/data.json, set bcd = "..." in doku.toml, or add content/data/browser-compat.json`}
	}
	return keys, nil
}

// noKey is the problem of a page that names no browser-compat key.
const noKey = "the page names no browser-compat key"

// quietIfNoKey makes the error of a page without a browser-compat key
// quiet: MDN shows html there. Other errors stay flaws.
func quietIfNoKey(err error, html string) error {
	var de *macro.DataError
	if errors.As(err, &de) && de.Msg == noKey {
		return quietly(err, html)
	}
	return err
}

// quietly makes a data error show what MDN shows without the data,
// html, instead of a flaw marker; it is reported all the same.
func quietly(err error, html string) error {
	var de *macro.DataError
	if errors.As(err, &de) {
		q := *de
		q.Quiet, q.HTML = true, html
		return &q
	}
	return err
}

func bcdError(err error) error {
	hint := ""
	if _, ok := err.(*compat.NotFoundError); ok {
		hint = "keys are case-sensitive and name a feature of browser-compat-data (api.CloseEvent.code)"
	}
	return &macro.DataError{Msg: err.Error(), Hint: hint}
}

// mdnLink returns the relative URL of the page an MDN URL names, if the
// site has it in the page's locale; the current page is not linked.
func mdnLink(e *macro.Env, mdnURL string) (string, bool) {
	const mdn = "https://developer.mozilla.org"
	rest, ok := strings.CutPrefix(mdnURL, mdn)
	if !ok {
		return "", false
	}
	if !strings.HasPrefix(rest, "/docs/") {
		// /en-US/docs/... : drop the locale, the page's own is wanted.
		if _, after, found := strings.Cut(strings.TrimPrefix(rest, "/"), "/"); found {
			rest = "/" + after
		}
	}
	t, ok := e.Site.Resolve("/" + e.Page.Locale + rest)
	if !ok || t.Fallback || t.Page.OutPath() == e.Page.OutPath() {
		return "", false
	}
	u := site.RelURL(e.Page.OutPath(), t.Page.OutPath())
	if t.Fragment != "" {
		u += "#" + t.Fragment
	}
	return u, true
}
