// Package mdn is MDN's macro library: the link macros (domxref, cssxref,
// ...), badges and banners, the compat and specification sections,
// sidebars, embeds (live samples, the inheritance diagram), tutorial
// navigation, the close-code table and the retired macros older
// translations still call. Each family is one file; each macro declares
// its signature, which the registry checks before the macro runs, and
// returns what it renders and asks of the page as a macro.Result.
package mdn

import "github.com/doku-docs/doku/internal/macro"

// Registry returns the macros doku ships.
func Registry() *macro.Registry {
	return macro.NewRegistry(append([]*macro.Macro{
		domxref, jsxref, cssxref, htmlElement, svgElement, svgAttr, mathMLElement,
		httpHeader, httpStatus, httpMethod, csp, glossary, webExtAPIRef, rfc, htmlAttrXRef, anch, bug,
		readOnlyInline, optionalInline, experimentalInline, deprecatedInline, nonStandardInline, secureContextInline,
		availableInWorkers, secureContextHeader, seeCompatTable, deprecatedHeader, nonStandardHeader,
		apiRef, defaultAPISidebar,
		previousNext, previousMenuNext, previousMenu, nextMenu, previous, next,
		embedLiveSample, liveSampleLink, interactiveExample, embedInteractiveExample, inheritanceDiagram,
		compatMacro, specifications, listSubpages,
		closeCodeTable, jsPropertyAttributes, subpagesWithSummaries, glossaryDisambiguation, embedYouTube, embedGHLiveSample, apiListAlpha, listGroups, webExtAllExamples, webExtAllCompatTables,
		cssSyntax, cssSyntaxRaw, cssInfo, webExtExamples, svgInfo,
	}, areaSidebars...)...)
}

// call is one call's view of its page: the read-only Env, and the links
// it rendered that fell back to English, which its Result reports.
type call struct {
	env       *macro.Env
	fallbacks []string
}

// renders adapts a macro that only renders HTML (and links) to Expand.
func renders(f func(c *call, args macro.Args) (string, error)) func(*macro.Env, macro.Args) (macro.Result, error) {
	return func(env *macro.Env, args macro.Args) (macro.Result, error) {
		c := &call{env: env}
		out, err := f(c, args)
		return macro.Result{HTML: out, Fallbacks: c.fallbacks}, err
	}
}

// Parameters most macros share.
var (
	target   = macro.Param{Name: "target", Type: macro.TypeString}
	text     = macro.Param{Name: "text", Type: macro.TypeString, Optional: true}
	anchor   = macro.Param{Name: "anchor", Type: macro.TypeString, Optional: true}
	dontCode = macro.Param{Name: "dontCode", Type: macro.TypeAny, Optional: true}
	// ignored stands for arguments MDN's pages pass that the macro does
	// not read.
	ignored = &macro.Param{Type: macro.TypeAny}
)

func params(ps ...macro.Param) macro.Signature { return macro.Signature{Params: ps} }

func quote(s string) string { return `"` + s + `"` }
