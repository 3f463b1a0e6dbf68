package mdn

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"
)

// cssLength matches a size as MDN's pages write them: "300", "100%",
// "20em".
var cssLength = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?(px|%|em|rem|vh|vw)?$`)

// embedLiveSample asks the page for a live sample; the page builds it
// once its heading IDs are known. MDN's pages pass up to five more
// arguments (a screenshot, the path of a page, a class, features of the
// frame, its sandbox) that doku ignores; MDN ignores the screenshot, the
// path and the class too, so a sample always comes from its own page
// (no page of MDN's trees names another). As on MDN, the ID may be left
// out (the section above the call is the sample), a size is written as
// given ("auto" included, which browsers ignore) and a height under 60
// becomes 60.
var embedLiveSample = &macro.Macro{
	Name: "EmbedLiveSample", Kind: macro.KindEmbed,
	Sig: macro.Signature{
		Params: []macro.Param{
			{Name: "section ID", Type: macro.TypeString, Optional: true},
			{Name: "width", Type: macro.TypeAny, Optional: true},
			{Name: "height", Type: macro.TypeAny, Optional: true},
		},
		Rest: ignored, MaxArgs: 8,
	},
	Doc: "Run the HTML, CSS and JavaScript code blocks of a section in a frame; the sample page is built beside the page.",
	Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
		s := macro.LiveSample{ID: strings.TrimSpace(args.String(0)),
			Width: strings.TrimSpace(args.String(1)), Height: strings.TrimSpace(args.String(2))}
		if h, err := strconv.ParseFloat(s.Height, 64); err == nil && h < 60 {
			s.Height = "60"
		}
		return macro.Result{LiveSamples: []macro.LiveSample{s}}, nil
	},
}

// liveSampleLink links to the sample page EmbedLiveSample would frame,
// for a reader to open it whole.
var liveSampleLink = &macro.Macro{
	Name: "LiveSampleLink", Kind: macro.KindEmbed,
	Sig: macro.Signature{Params: []macro.Param{
		{Name: "section ID", Type: macro.TypeString},
		{Name: "text", Type: macro.TypeString},
	}},
	Doc: "Link to the live sample of a section (its code blocks run as a page of their own), with the given text.",
	Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
		id := strings.TrimSpace(args.String(0))
		text := argText(args.String(1))
		if text == "" {
			text = argText(id)
		}
		return macro.Result{LiveSamples: []macro.LiveSample{{ID: id, Link: text}}}, nil
	},
}

// placeholder is the figure shown for an embed doku cannot build; it is
// reported (as pending), so a page never looks complete when it is not.
func placeholder(env *macro.Env, class, msgID string, kv ...any) error {
	return &macro.PendingError{HTML: `<figure class="embed-placeholder ` + class + `"><p>` +
		html.EscapeString(env.L.T(msgID, kv...)) + `</p></figure>`}
}

// interactiveExample asks the page for an interactive example: MDN's
// editor becomes the example's code, shown, and a frame that runs it,
// built by the page from the blocks that follow the call.
var interactiveExample = &macro.Macro{
	Name: "InteractiveExample", Kind: macro.KindEmbed,
	// Both arguments may be left out; MDN documents the title as given.
	Sig: macro.Signature{Params: []macro.Param{
		{Name: "title", Type: macro.TypeString, Optional: true},
		{Name: "height", Type: macro.TypeString, Optional: true},
	}, Usage: `("title" [, "height"])`},
	Doc: "MDN's interactive example: the code of the interactive-example blocks that follow, and a frame that runs it.",
	Expand: func(env *macro.Env, args macro.Args) (macro.Result, error) {
		return macro.Result{Interactive: &macro.InteractiveExample{
			Title: strings.TrimSpace(args.String(0)), Height: strings.TrimSpace(args.String(1))}}, nil
	},
}

var embedInteractiveExample = &macro.Macro{
	Name: "EmbedInteractiveExample", Kind: macro.KindEmbed,
	Sig: params(macro.Param{Name: "pages/...", Type: macro.TypeString},
		macro.Param{Name: "height", Type: macro.TypeString, Optional: true}),
	Doc: "The older form of InteractiveExample, which loaded the editor from another host; doku shows a note.",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		return "", placeholder(c.env, "interactive-example", "Embed.Interactive")
	}),
}

// inheritanceDiagram draws the chain of interfaces the page's interface
// inherits from, from MDN's InterfaceData.json. Without that data it shows
// a note and is reported.
var inheritanceDiagram = &macro.Macro{
	Name: "InheritanceDiagram", Kind: macro.KindEmbed,
	// MDN's sizes are for its drawing; doku's list needs none.
	Sig: macro.Signature{Params: []macro.Param{
		{Name: "width", Type: macro.TypeAny, Optional: true},
		{Name: "height", Type: macro.TypeAny, Optional: true},
	}, Rest: ignored},
	Doc: "The chain of interfaces the page's interface inherits from (from jsondata/InterfaceData.json).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		env := c.env
		name := apiInterface(env.Page.Slug)
		if i := strings.TrimSpace(args.String(0)); i != "" && !cssLength.MatchString(i) {
			// MDN's newer form names the interface instead of a width.
			name = i
		}
		if name == "" || !env.API.Has(name) {
			// MDN draws nothing for an interface it has no data about.
			return "", &macro.DataError{Kind: diag.Data, Quiet: true,
				Msg:  "no inheritance data for interface " + quote(name) + ": nothing is drawn",
				Hint: "MDN's jsondata/InterfaceData.json lists the interfaces; pages outside Web/API name theirs: {{InheritanceDiagram(\"Name\")}}"}
		}
		chain := append([]string{name}, env.API.Ancestors(name)...)
		var b strings.Builder
		b.WriteString(`<figure class="inheritance-diagram"><figcaption>` + html.EscapeString(env.L.T("Embed.Inheritance", "Interface", name)) + `</figcaption><ol>`)
		for i := len(chain) - 1; i >= 0; i-- {
			b.WriteString("<li>")
			if i == 0 {
				b.WriteString(`<strong><code>` + html.EscapeString(chain[i]) + `</code></strong>`)
			} else {
				out, err := c.xref([]string{"Web/API/" + chain[i]}, "", code(html.EscapeString(chain[i])))
				var missing *macro.MissingPageError
				switch {
				case err == nil:
					b.WriteString(out)
				case asMissing(err, &missing):
					// An ancestor without a page is common; its name is enough.
					b.WriteString(code(html.EscapeString(chain[i])))
				default:
					return "", err
				}
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ol></figure>")
		return b.String(), nil
	}),
}

// apiInterface is the interface a Web API page belongs to
// ("Web/API/CloseEvent/code" → "CloseEvent"), "" outside Web/API.
func apiInterface(slug string) string {
	rest, ok := strings.CutPrefix(slug, "Web/API/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return name
}
