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
// what doku shows (some pages pass one); the layout shows the area's
// landing page and the pages below or beside the current one.
func areaSidebar(name, area string) *macro.Macro {
	return &macro.Macro{
		Name: name, Kind: macro.KindSidebar, Sig: macro.Signature{Rest: ignored},
		Doc: "Show the sidebar of " + area + ": its landing page and the pages below or beside this one.",
		Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
			return macro.Result{Sidebar: &macro.SidebarRequest{Area: area}}, nil
		},
	}
}

var areaSidebars = []*macro.Macro{
	areaSidebar("JSRef", "Web/JavaScript/Reference"),
	areaSidebar("jsSidebar", "Web/JavaScript"),
	areaSidebar("CSSRef", "Web/CSS"),
	areaSidebar("HTMLSidebar", "Web/HTML"),
	areaSidebar("HTTPSidebar", "Web/HTTP"),
	areaSidebar("SVGRef", "Web/SVG"),
	areaSidebar("MathMLRef", "Web/MathML"),
	areaSidebar("GlossarySidebar", "Glossary"),
	areaSidebar("LearnSidebar", "Learn"),
	areaSidebar("MDNSidebar", "MDN"),
	areaSidebar("AddonSidebar", "Mozilla/Add-ons/WebExtensions"),
	areaSidebar("GamesSidebar", "Games"),
	areaSidebar("AccessibilitySidebar", "Web/Accessibility"),
}
