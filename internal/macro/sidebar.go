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
