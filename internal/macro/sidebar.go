package macro

import "strings"

// apiRef and defaultAPISidebar ask the layout for the API sidebar; the
// sidebar itself comes from the site index, so they render nothing here.
var apiRef = &Macro{
	Name: "APIRef",
	Kind: KindSidebar,
	Args: `(["API group"])`,
	Doc:  "Show the sidebar of the API the page belongs to.",
	Expand: func(env *Env, args []Arg) (string, error) {
		env.WantsSidebar = true
		env.SidebarGroup = strings.TrimSpace(stringArg(args, 0, ""))
		return "", wantArgs(args, 0, 1, `(["API group"])`)
	},
}

var defaultAPISidebar = &Macro{
	Name:   "DefaultAPISidebar",
	Kind:   KindSidebar,
	Args:   `(["API group"])`,
	Doc:    "Show the sidebar of the API the page belongs to.",
	Expand: apiRef.Expand,
}

// areaSidebar makes one of the sidebar macros of MDN's reference areas
// (JSRef, CSSRef, HTMLSidebar, ...). They take no arguments that change
// what doku shows (some pages pass one); the layout shows the area's
// landing page and the pages below or beside the current one.
func areaSidebar(name, area string) *Macro {
	return &Macro{
		Name: name, Kind: KindSidebar, Args: `([...])`,
		Doc: "Show the sidebar of " + area + ": its landing page and the pages below or beside this one.",
		Expand: func(env *Env, args []Arg) (string, error) {
			env.WantsSidebar = true
			env.Area = area
			return "", nil
		},
	}
}

var areaSidebars = []*Macro{
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
