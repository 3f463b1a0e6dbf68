package mdn

import (
	"html"
	"net/url"
	"strings"

	"github.com/doku-docs/doku/internal/macro"
)

// Embeds from another host. MDN frames a YouTube video or an example
// hosted on mdn.github.io in its page. A doku page frames nothing from
// another host: its offline bundle is read without a network, and its
// Content-Security-Policy lets frames load only the site's own files. So
// such a call renders as a figure holding a link that opens the video or
// the example on its host, titled as the frame would be, which works in
// every reader and says where it leads. The figure is not a flaw: the
// content exists, one click away.

// externalFigure is the figure that stands for a frame of href; label is
// HTML.
func externalFigure(class, href, label string) string {
	return `<figure class="external-embed ` + class + `"><a href="` + html.EscapeString(href) +
		`" class="external">` + label + `</a></figure>`
}

// embedYouTube links to a YouTube video, by its ID, titled with the
// call's title or, as on MDN, a general one.
var embedYouTube = &macro.Macro{
	Name: "EmbedYouTube", Kind: macro.KindEmbed,
	Sig: params(macro.Param{Name: "video ID", Type: macro.TypeString},
		macro.Param{Name: "title", Type: macro.TypeString, Optional: true}),
	Doc: "A YouTube video: a link that opens it on youtube.com (no frame from another host).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		id := strings.TrimSpace(args.String(0))
		if id == "" {
			return "", &macro.ArgError{Msg: "needs the video's ID as its first argument (the v= part of its URL)"}
		}
		title := strings.TrimSpace(args.String(1))
		if title == "" {
			title = c.env.L.T("Embed.YouTube")
		}
		return externalFigure("youtube", "https://www.youtube.com/watch?v="+url.QueryEscape(id), argText(title)), nil
	}),
}

// embedGHLiveSample links to an example MDN hosts on mdn.github.io, by
// its path there ("dom-examples/webgl-examples/tutorial/sample8/"). MDN's
// width and height are for its frame; a link needs none.
var embedGHLiveSample = &macro.Macro{
	Name: "EmbedGHLiveSample", Kind: macro.KindEmbed,
	Sig: macro.Signature{Params: []macro.Param{
		{Name: "path", Type: macro.TypeString},
		{Name: "width", Type: macro.TypeAny, Optional: true},
		{Name: "height", Type: macro.TypeAny, Optional: true},
	}},
	Doc: "An example hosted on mdn.github.io: a link that opens it there (no frame from another host).",
	Expand: renders(func(c *call, args macro.Args) (string, error) {
		p := strings.TrimLeft(strings.TrimSpace(args.String(0)), "/")
		if p == "" || strings.Contains(p, "://") {
			return "", &macro.ArgError{Msg: "needs the example's path on mdn.github.io as its first argument (\"dom-examples/...\")"}
		}
		label := html.EscapeString(c.env.L.T("Embed.GHLiveSample", "Path", p))
		return externalFigure("gh-live-sample", "https://mdn.github.io/"+p, label), nil
	}),
}
