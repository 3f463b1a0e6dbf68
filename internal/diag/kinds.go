package diag

// Kind names the sort of problem a diagnostic is. It is printed in
// brackets after the message ("[link]") and is the "kind" of -json output,
// so users filter and count by it: its value never changes once shipped.
//
// Every kind is a constant below and a row of Kinds; code passes the
// constant, never a string, so that a typo cannot make a new kind (the
// test kinds_test.go at the module root fails on a string literal).
type Kind string

// The kinds of the pipeline, grouped by what they are about. Each
// comment is the kind's row in Kinds, which `doku kinds` prints.
const (
	// a page's link, or a link macro's target, leads to no page
	Link Kind = "link"
	// a link on a translated page leads to the English page, as the target has no translation
	Fallback Kind = "fallback"
	// a macro's section is not built yet: the page shows a notice in its place
	Pending Kind = "pending"
	// a macro failed for a reason other than its arguments or its data
	Macro Kind = "macro"
	// a macro call's arguments are wrong: their number or type, or what they name
	MacroArgs Kind = "macro-args"
	// a {{macro}} call cannot be parsed
	MacroSyntax Kind = "macro-syntax"
	// a page calls a macro doku does not know (doku macros lists them)
	MacroUnknown Kind = "macro-unknown"
	// a block quote starts with a callout marker MDN does not know ([!TIP], [!note], [!HINWEIS]): it shows as text
	Callout Kind = "callout"
	// an EmbedLiveSample finds no code on its page (by ID, live-sample___ class or the heading above it): nothing is shown, as on MDN
	LiveSample Kind = "live-sample"

	// a page's front matter is wrong: syntax, unknown or repeated keys, values, its slug
	FrontMatter Kind = "front-matter"
	// the content tree or a page cannot be read: permissions, links, encoding, indentation, folder names
	Content Kind = "content"
	// two pages of one locale have the same slug: the later one is left out
	Slug Kind = "slug"
	// two pages of one locale lead to one URL, one of them by its path (howto/install.md and howto/install/index.md)
	PageURL Kind = "page-url"
	// a translated page has no en-US page with its slug to inherit from
	Translation Kind = "translation"

	// browser-compat or specification data cannot be read, or lacks what a page asks for
	BCD Kind = "bcd"
	// MDN's jsondata (GroupData.json, InterfaceData.json, SVGData.json, L10n-Common.json) cannot be read; API sidebars, SVGInfo and the labels of locales without a catalog go without it
	APIData Kind = "apidata"
	// the data folder (-data: CSS syntax and definitions, specification titles, extension examples) cannot be read, or lacks what a page's data macro needs: the macro shows what MDN shows without it
	Data Kind = "data"
	// a sidebar file of the tree (sidebars/*.yaml) cannot be read, or has an entry doku does not understand: it is left out
	SidebarFile Kind = "sidebar-file"
	// the close-code data file is wrong: syntax, keys, codes missing, twice or out of range
	CloseCodes Kind = "close-codes"
	// doku.toml or a flag such as -base-url is wrong
	Config Kind = "config"
	// a layout of the theme does not parse or fails to run
	Layout Kind = "layout"
	// a static file of the theme is a symbolic link, and is left out
	Theme Kind = "theme"
	// the render cache beside the output cannot be read (damaged, cut short): the build renders every page and writes a new one
	Cache Kind = "cache"

	// a catalog cannot be read, or a message is undefined, undescribed or fails to render
	Catalog Kind = "catalog"
	// a message is not translated: a page shows it in English
	CatalogFallback Kind = "catalog-fallback"
	// a message holds a template action other than a {{.Name}} placeholder
	CatalogTemplate Kind = "catalog-template"
	// a message has no text
	CatalogEmpty Kind = "catalog-empty"
	// a message of the source catalog is missing from a translation
	CatalogMissing Kind = "catalog-missing"
	// a translation holds a message the source catalog no longer defines
	CatalogObsolete Kind = "catalog-obsolete"
	// a message is still marked untranslated by doku i18n sync
	CatalogUntranslated Kind = "catalog-untranslated"
	// a translation lacks or adds placeholders or tags of the English text
	CatalogPlaceholder Kind = "catalog-placeholder"
	// a translation has no source hash, so doku cannot tell when the English changes
	CatalogHash Kind = "catalog-hash"
	// the English text of a message changed since it was translated
	CatalogStale Kind = "catalog-stale"
	// a message lacks plural forms its locale needs, or has forms it never uses
	CatalogPlural Kind = "catalog-plural"

	// a layout or Go file cannot be read or parsed for the message IDs it uses
	Extract Kind = "extract"
	// a layout or Go file uses a message ID the source catalog does not define
	ExtractUndefined Kind = "extract-undefined"
	// a message of the source catalog is used nowhere
	ExtractUnused Kind = "extract-unused"
	// message IDs are computed in a way doku i18n extract cannot list or check
	ExtractDynamic Kind = "extract-dynamic"

	// a link, resource or fragment of the built site leads nowhere
	SiteCheck Kind = "site-check"
)

// Reported says with which severity diagnostics of a kind come.
type Reported int

const (
	// Mixed kinds are errors or warnings depending on the problem.
	Mixed Reported = iota
	// Errors: every diagnostic of the kind fails the build.
	Errors
	// Warnings never fail a build (doku i18n check -strict aside).
	Warnings
	// Flaws are warnings, and errors with -strict or strict = true.
	Flaws
)

func (r Reported) String() string {
	switch r {
	case Errors:
		return "error"
	case Warnings:
		return "warning"
	case Flaws:
		return "warning (error with -strict)"
	}
	return "error or warning"
}

// KindInfo is what doku tells a user about a kind.
type KindInfo struct {
	Kind     Kind
	Reported Reported
	// Meaning is one line saying what went wrong, in the user's terms.
	Meaning string
}

// Kinds is every kind doku reports, in the order of the constants.
var Kinds = []KindInfo{
	{Link, Flaws, "a page's link, or a link macro's target, leads to no page"},
	{Fallback, Warnings, "a link on a translated page leads to the English page, as the target has no translation"},
	{Pending, Warnings, "a macro's section is not built yet: the page shows a notice in its place"},
	{Macro, Flaws, "a macro failed for a reason other than its arguments or its data"},
	{MacroArgs, Flaws, "a macro call's arguments are wrong: their number or type, or what they name"},
	{MacroSyntax, Flaws, "a {{macro}} call cannot be parsed"},
	{MacroUnknown, Flaws, "a page calls a macro doku does not know (doku macros lists them)"},
	{Callout, Flaws, "a block quote starts with a callout marker MDN does not know ([!TIP], [!note], [!HINWEIS]): it shows as text"},
	{LiveSample, Flaws, "an EmbedLiveSample finds no code on its page (by ID, live-sample___ class or the heading above it): nothing is shown, as on MDN"},

	{FrontMatter, Mixed, "a page's front matter is wrong: syntax, unknown or repeated keys, values, its slug"},
	{Content, Mixed, "the content tree or a page cannot be read: permissions, links, encoding, indentation, folder names"},
	{Slug, Flaws, "two pages of one locale have the same slug: the later one is left out"},
	{PageURL, Errors, "two pages of one locale lead to one URL, one of them by its path (howto/install.md and howto/install/index.md)"},
	{Translation, Warnings, "a translated page has no en-US page with its slug to inherit from"},

	{BCD, Mixed, "browser-compat or specification data cannot be read, or lacks what a page asks for"},
	{APIData, Warnings, "MDN's jsondata (GroupData.json, InterfaceData.json, SVGData.json, L10n-Common.json) cannot be read; API sidebars, SVGInfo and the labels of locales without a catalog go without it"},
	{Data, Mixed, "the data folder (-data: CSS syntax and definitions, specification titles, extension examples) cannot be read, or lacks what a page's data macro needs: the macro shows what MDN shows without it"},
	{SidebarFile, Flaws, "a sidebar file of the tree (sidebars/*.yaml) cannot be read, or has an entry doku does not understand: it is left out"},
	{CloseCodes, Errors, "the close-code data file is wrong: syntax, keys, codes missing, twice or out of range"},
	{Config, Errors, "doku.toml or a flag such as -base-url is wrong"},
	{Layout, Errors, "a layout of the theme does not parse or fails to run"},
	{Theme, Warnings, "a static file of the theme is a symbolic link, and is left out"},
	{Cache, Warnings, "the render cache beside the output cannot be read (damaged, cut short): the build renders every page and writes a new one"},

	{Catalog, Mixed, "a catalog cannot be read, or a message is undefined, undescribed or fails to render"},
	{CatalogFallback, Warnings, "a message is not translated: a page shows it in English"},
	{CatalogTemplate, Errors, "a message holds a template action other than a {{.Name}} placeholder"},
	{CatalogEmpty, Errors, "a message has no text"},
	{CatalogMissing, Errors, "a message of the source catalog is missing from a translation"},
	{CatalogObsolete, Warnings, "a translation holds a message the source catalog no longer defines"},
	{CatalogUntranslated, Warnings, "a message is still marked untranslated by doku i18n sync"},
	{CatalogPlaceholder, Errors, "a translation lacks or adds placeholders or tags of the English text"},
	{CatalogHash, Warnings, "a translation has no source hash, so doku cannot tell when the English changes"},
	{CatalogStale, Warnings, "the English text of a message changed since it was translated"},
	{CatalogPlural, Mixed, "a message lacks plural forms its locale needs, or has forms it never uses"},

	{Extract, Mixed, "a layout or Go file cannot be read or parsed for the message IDs it uses"},
	{ExtractUndefined, Mixed, "a layout or Go file uses a message ID the source catalog does not define"},
	{ExtractUnused, Warnings, "a message of the source catalog is used nowhere"},
	{ExtractDynamic, Warnings, "message IDs are computed in a way doku i18n extract cannot list or check"},

	{SiteCheck, Errors, "a link, resource or fragment of the built site leads nowhere"},
}

// Info returns k's row of Kinds; ok is false for a kind not in the table.
func (k Kind) Info() (info KindInfo, ok bool) {
	for _, i := range Kinds {
		if i.Kind == k {
			return i, true
		}
	}
	return KindInfo{Kind: k}, false
}

// Meaning returns what k means to a user, or "" for an unknown kind.
func (k Kind) Meaning() string {
	i, _ := k.Info()
	return i.Meaning
}

// LookupKind returns the row of the kind a user named, as in
// `doku kinds catalog-stale`; ok is false for a name that is no kind.
func LookupKind(name string) (info KindInfo, ok bool) { return Kind(name).Info() }
