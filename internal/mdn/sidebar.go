package mdn

import (
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// apiRef and defaultAPISidebar ask the layout for the API sidebar; the
// sidebar itself comes from the site index, so they render nothing here.
var apiRef = &macro.Macro{
	Name: "APIRef",
	Kind: macro.KindSidebar,
	Sig:  params(macro.Param{Name: "API group", Type: macro.TypeString, Optional: true}),
	Doc:  "Show the sidebar of the API the page belongs to.",
	Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
		return macro.Result{Sidebar: &macro.SidebarRequest{Group: strings.TrimSpace(args.String(0))}}, nil
	},
}

var defaultAPISidebar = &macro.Macro{
	Name:   "DefaultAPISidebar",
	Kind:   macro.KindSidebar,
	Sig:    apiRef.Sig,
	Doc:    "Show the sidebar of the API the page belongs to.",
	Expand: apiRef.Expand,
}

// areaSidebar makes one of the sidebar macros of MDN's reference areas
// (JSRef, CSSRef, HTMLSidebar, ...). They take no arguments that change
// what doku shows (some pages pass one). The layout shows the tree's
// sidebar file of that name (sidebars/<name>.yaml, named as MDN's
// renderer maps the macros), else the area's landing page and the pages
// below or beside the current one.
func areaSidebar(name, area, file string) *macro.Macro {
	return &macro.Macro{
		Name: name, Kind: macro.KindSidebar, Sig: macro.Signature{Rest: ignored},
		Doc: "Show the sidebar of " + area + ": the tree's sidebars/" + file + ".yaml, else its landing page and the pages below or beside this one.",
		Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
			return macro.Result{Sidebar: &macro.SidebarRequest{Area: area, Name: file}}, nil
		},
	}
}

// areaSidebars are the area sidebar macros. JSRef names no file: MDN
// builds its sidebar from the global objects' pages, which doku shows
// as the area's pages.
var areaSidebars = []*macro.Macro{
	areaSidebar("JSRef", "Web/JavaScript/Reference", ""),
	areaSidebar("jsSidebar", "Web/JavaScript", "jssidebar"),
	areaSidebar("CSSRef", "Web/CSS", "cssref"),
	areaSidebar("HTMLSidebar", "Web/HTML", "htmlsidebar"),
	areaSidebar("HTTPSidebar", "Web/HTTP", "http"),
	areaSidebar("SVGRef", "Web/SVG", "svgref"),
	areaSidebar("MathMLRef", "Web/MathML", "mathmlref"),
	areaSidebar("GlossarySidebar", "Glossary", "glossarysidebar"),
	areaSidebar("LearnSidebar", "Learn", "learnsidebar"),
	areaSidebar("MDNSidebar", "MDN", "mdnsidebar"),
	areaSidebar("AddonSidebar", "Mozilla/Add-ons/WebExtensions", "addonsidebar"),
	areaSidebar("AddonSidebarMain", "Mozilla/Add-ons", "addonsidebarmain"),
	areaSidebar("GamesSidebar", "Games", "games"),
	areaSidebar("AccessibilitySidebar", "Web/Accessibility", "accessibilitysidebar"),
	areaSidebar("WebAssemblySidebar", "WebAssembly", "webassemblysidebar"),
	areaSidebar("XSLTSidebar", "Web/XML/XSLT", "xsltsidebar"),
	areaSidebar("PWASidebar", "Web/Progressive_web_apps", "pwasidebar"),
}
