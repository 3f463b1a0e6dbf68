package mdn

import (
	"html"
	"slices"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

// Badges are short inline markers after a name in a list or table; banners
// are notes at the top of a page. Their words come from the catalogs.

// badge makes an inline badge macro. MDN's macros take no arguments; some
// pages pass a version or a note anyway, which MDN ignores, and so does
// doku.
func badge(name, class, labelID, titleID, doc string) *macro.Macro {
	return &macro.Macro{
		Name: name, Kind: macro.KindBadge, Doc: doc,
		Sig: macro.Signature{Rest: ignored},
		Expand: renders(func(c *call, args macro.Args) (string, error) {
			env := c.env
			out := `<span class="badge ` + class + `"`
			if titleID != "" {
				out += ` title="` + html.EscapeString(env.L.T(titleID)) + `"`
			}
			return out + `>` + html.EscapeString(env.L.T(labelID)) + `</span>`, nil
		}),
	}
}

var (
	readOnlyInline = badge("ReadOnlyInline", "readonly", "Badge.ReadOnly", "",
		"Badge: the property can be read but not set.")
	optionalInline = badge("Optional_Inline", "optional", "Badge.Optional", "",
		"Badge: the parameter or member may be left out.")
	experimentalInline = badge("Experimental_Inline", "experimental", "Badge.Experimental", "Badge.ExperimentalTitle",
		"Badge: the feature is experimental.")
	deprecatedInline = badge("Deprecated_Inline", "deprecated", "Badge.Deprecated", "Badge.DeprecatedTitle",
		"Badge: the feature is deprecated.")
	nonStandardInline = badge("Non-standard_Inline", "nonstandard", "Badge.NonStandard", "Badge.NonStandardTitle",
		"Badge: no standard defines the feature.")
	secureContextInline = badge("SecureContext_Inline", "secure", "Badge.SecureContext", "Badge.SecureContextTitle",
		"Badge: the feature works only in secure contexts (HTTPS).")
)

// banner makes a banner macro: a note with a bold label. Like badges,
// banners ignore the arguments some pages pass.
func banner(name, class, labelID, textID, doc string) *macro.Macro {
	return &macro.Macro{
		Name: name, Kind: macro.KindBanner, Doc: doc,
		Sig: macro.Signature{Rest: ignored},
		Expand: renders(func(c *call, args macro.Args) (string, error) {
			return bannerHTML(c.env, class, labelID, textID), nil
		}),
	}
}

func bannerHTML(env *macro.Env, class, labelID, textID string) string {
	return `<div class="notecard ` + class + `"><p><strong>` + html.EscapeString(env.L.T(labelID)) + `:</strong> ` +
		html.EscapeString(env.L.T(textID)) + `</p></div>`
}

var (
	secureContextHeader = banner("SecureContext_Header", "secure", "Badge.SecureContext", "Banner.SecureContext",
		"Banner: the feature works only in secure contexts (HTTPS).")
	seeCompatTable = banner("SeeCompatTable", "experimental", "Badge.Experimental", "Banner.SeeCompatTable",
		"Banner: the feature is experimental; see the compatibility table.")
	deprecatedHeader = banner("Deprecated_Header", "deprecated", "Badge.Deprecated", "Banner.Deprecated",
		"Banner: the feature is deprecated.")
	nonStandardHeader = banner("Non-standard_Header", "nonstandard", "Badge.NonStandard", "Banner.NonStandard",
		"Banner: no standard defines the feature.")
)

// workerTypes are the arguments AvailableInWorkers understands: where,
// besides windows, a feature can be used.
var workerTypes = []string{
	"default", "worker", "window_and_worker_except_service", "window_and_worker_except_shared",
	"worker_except_service", "window_and_dedicated", "dedicated", "window_and_service", "service",
}

var availableInWorkers = &macro.Macro{
	Name: "AvailableInWorkers", Kind: macro.KindBanner,
	Sig: params(macro.Param{Name: "worker type", Type: macro.TypeString, Optional: true,
		Default: "default", OneOf: workerTypes}),
	Doc: "Banner: the feature is available in (some kinds of) Web Workers.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		t := strings.ToLower(strings.TrimSpace(args.String(0)))
		if t == "" {
			t = "default"
		}
		if !slices.Contains(workerTypes, t) {
			// MDN shows its general note for a type it does not know
			// ("window_and_worker"); so does doku, and reports the call.
			return "", &macro.DataError{Kind: diag.MacroArgs, Quiet: true, HTML: bannerHTML(c.env, "note", "Callout.note", "Banner.Workers.default"),
				Msg:  "does not know the worker type " + quote(t) + ": the general note is shown",
				Hint: "known: " + strings.Join(workerTypes, ", ")}
		}
		return bannerHTML(c.env, "note", "Callout.note", "Banner.Workers."+t), nil
	}),
}
