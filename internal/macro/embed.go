package macro

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

// LiveSample is a live sample a page asked for with EmbedLiveSample. The
// renderer builds it once heading IDs are known (the section is found by
// its heading's ID): a sample page beside the page, and an iframe in place
// of Marker.
type LiveSample struct {
	// ID names the section (its heading's ID) whose code blocks make the
	// sample, or the live-sample___ID class of blocks anywhere on the page.
	ID            string
	Width, Height string
	// Marker is what the call rendered to until the sample is built.
	Marker string
	// Offset is the call's byte offset in the page's Markdown.
	Offset int
}

// cssLength accepts the sizes EmbedLiveSample is given: "300", "100%",
// "20em"; anything else would end up inside an attribute.
var cssLength = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?(px|%|em|rem|vh|vw)?$`)

var embedLiveSample = &Macro{
	Name: "EmbedLiveSample", Kind: KindEmbed,
	Args: `("section ID" [, width [, height [, ...]]])`,
	Doc:  "Run the HTML, CSS and JavaScript code blocks of a section in a frame; the sample page is built beside the page.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 8, `("section ID" [, width [, height [, ...]]])`); err != nil {
			return "", err
		}
		s := LiveSample{ID: strings.TrimSpace(args[0].Value), Offset: env.callOffset}
		if s.ID == "" {
			return "", &ArgError{Msg: "needs the ID of the section that holds the sample's code"}
		}
		for i, dst := range []*string{&s.Width, &s.Height} {
			v := strings.TrimSpace(stringArg(args, i+1, ""))
			if v == "" {
				continue
			}
			if !cssLength.MatchString(v) {
				return "", &ArgError{Msg: fmt.Sprintf("%s %q is not a size like 300, 100%% or 20em",
					[]string{"width", "height"}[i], v)}
			}
			*dst = v
		}
		s.Marker = fmt.Sprintf("<!--doku-live-sample-%d-->", len(env.LiveSamples))
		env.LiveSamples = append(env.LiveSamples, s)
		return s.Marker, nil
	},
}

// placeholder is the figure shown for an embed doku cannot build; it is
// reported (as pending), so a page never looks complete when it is not.
func placeholder(env *Env, class, msgID string, kv ...any) error {
	return &PendingError{HTML: `<figure class="embed-placeholder ` + class + `"><p>` +
		html.EscapeString(env.L.T(msgID, kv...)) + `</p></figure>`}
}

// interactiveExample stands in for MDN's interactive editor, which runs
// on a separate host. The code blocks that feed it are on the page
// anyway; doku shows a note where the editor would be.
var interactiveExample = &Macro{
	Name: "InteractiveExample", Kind: KindEmbed,
	Args: `("title" [, "height"])`,
	Doc:  "MDN's interactive editor; doku shows a note, the example's code blocks stay on the page.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 0, 2, `("title" [, "height"])`); err != nil {
			return "", err
		}
		if t := strings.TrimSpace(stringArg(args, 0, "")); t != "" {
			return "", placeholder(env, "interactive-example", "Embed.InteractiveTitled", "Title", t)
		}
		return "", placeholder(env, "interactive-example", "Embed.Interactive")
	},
}

var embedInteractiveExample = &Macro{
	Name: "EmbedInteractiveExample", Kind: KindEmbed,
	Args: `("pages/..." [, "height"])`,
	Doc:  "The older form of InteractiveExample, which loaded the editor from another host; doku shows a note.",
	Expand: func(env *Env, args []Arg) (string, error) {
		if err := wantArgs(args, 1, 2, `("pages/..." [, "height"])`); err != nil {
			return "", err
		}
		return "", placeholder(env, "interactive-example", "Embed.Interactive")
	},
}

// inheritanceDiagram draws the chain of interfaces the page's interface
// inherits from, from MDN's InterfaceData.json. Without that data it shows
// a note and is reported.
var inheritanceDiagram = &Macro{
	Name: "InheritanceDiagram", Kind: KindEmbed,
	Args: `([width [, height [, ...]]])`,
	Doc:  "The chain of interfaces the page's interface inherits from (from jsondata/InterfaceData.json).",
	Expand: func(env *Env, args []Arg) (string, error) {
		name := apiInterface(env.Page.Slug)
		if name == "" || !env.API.Has(name) {
			return "", placeholder(env, "inheritance", "Embed.NoInheritance", "Interface", name)
		}
		chain := append([]string{name}, env.API.Ancestors(name)...)
		var b strings.Builder
		b.WriteString(`<figure class="inheritance-diagram"><figcaption>` + html.EscapeString(env.L.T("Embed.Inheritance", "Interface", name)) + `</figcaption><ol>`)
		for i := len(chain) - 1; i >= 0; i-- {
			b.WriteString("<li>")
			if i == 0 {
				b.WriteString(`<strong><code>` + html.EscapeString(chain[i]) + `</code></strong>`)
			} else {
				out, err := env.xref([]string{"Web/API/" + chain[i]}, "", code(html.EscapeString(chain[i])))
				var missing *MissingPageError
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
	},
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
