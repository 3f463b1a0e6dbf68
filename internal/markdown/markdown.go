// Package markdown is doku's one goldmark configuration: GFM tables, raw
// HTML (content is trusted, as on MDN), MDN macro calls, internal links
// resolved against the site index, MDN callouts as localized notes, MDN
// definition lists ("- term" / "  - : definition") as <dl>, heading IDs
// that keep Unicode, and code highlighted by chroma as CSS classes.
//
// One Renderer serves every page and locale concurrently: the goldmark
// instance holds no per-page state; what a page needs travels in the parser
// context of its own call to Render.
package markdown

import (
	"bytes"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/macro"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Renderer converts a page's Markdown to HTML.
type Renderer struct {
	md       goldmark.Markdown
	registry *macro.Registry
}

// Heading is a heading of a rendered page, for its table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Result is one rendered page body.
type Result struct {
	HTML     []byte
	Headings []Heading
	// Files are what the page needs beside it (live samples).
	Files []File
	// Sidebar is what the page's macro calls ask of the layout's sidebar.
	Sidebar Sidebar
}

// Sidebar is the sidebar a page's calls ask for, composed in call order:
// any sidebar call wants one; the last API call names the group, the
// last area call the area.
type Sidebar struct {
	Wanted bool
	// Group is the API group APIRef names ("WebSockets API"), if any.
	Group string
	// Area is the slug of the reference area an area sidebar macro
	// (JSRef, CSSRef, ...) stands for, and Name its sidebar file.
	Area, Name string
}

// add composes one call's request into the page's.
func (s *Sidebar) add(r *macro.SidebarRequest) {
	if r == nil {
		return
	}
	s.Wanted = true
	if r.Area != "" {
		s.Area, s.Name = r.Area, r.Name
	} else {
		s.Group = r.Group
	}
}

// Extensions are the goldmark extensions doku's Markdown uses. The
// benchmark floor (internal/bench) converts with exactly these.
var Extensions = []goldmark.Extender{extension.Table, extension.Strikethrough, extension.Linkify}

// New returns a Renderer that expands macros from reg.
func New(reg *macro.Registry) *Renderer {
	md := goldmark.New(
		goldmark.WithExtensions(Extensions...),
		goldmark.WithParserOptions(
			parser.WithInlineParsers(util.Prioritized(macro.InlineParser{}, 50)),
			parser.WithBlockParsers(util.Prioritized(macro.BlockParser{Registry: reg}, 50)),
			parser.WithASTTransformers(util.Prioritized(pageTransformer{}, 100)),
		),
		goldmark.WithRendererOptions(
			html.WithUnsafe(),
			renderer.WithNodeRenderers(
				util.Prioritized(macro.Renderer{}, 100),
				util.Prioritized(codeRenderer{}, 100),
				util.Prioritized(calloutRenderer{}, 100),
				util.Prioritized(definitionListRenderer{}, 100),
				util.Prioritized(interactiveRenderer{}, 100),
				util.Prioritized(notWrittenRenderer{}, 100),
			),
		),
	)
	return &Renderer{md: md, registry: reg}
}

// state is what one call of Render carries through goldmark.
type state struct {
	env      *macro.Env
	registry *macro.Registry
	report   *reporter
	headings []Heading
	files    []File
	sidebar  Sidebar
}

var stateKey = parser.NewContextKey()

// Render converts the Markdown body of env.Page for env's locale. Problems
// go to dc with their file:line:col; strict makes flaws errors. What the
// page's macro calls ask for comes back in the Result; env is only read.
func (r *Renderer) Render(env *macro.Env, dc *diag.Collector, strict bool) (Result, error) {
	return r.RenderWith(env, dc, strict, nil)
}

// RenderWith is Render with a cache of highlighted code shared with the
// page's translations (see CodeCache); code may be nil.
func (r *Renderer) RenderWith(env *macro.Env, dc *diag.Collector, strict bool, code *CodeCache) (Result, error) {
	src := env.Page.Src.Body
	pageEnv := *env
	pageEnv.HeadingID = HeadingID
	st := &state{env: &pageEnv, registry: r.registry, report: &reporter{page: env.Page.Src.File, body: src, bodyLine: env.Page.Src.BodyLine, dc: dc, strict: strict}}
	pc := parser.NewContext()
	pc.Set(stateKey, st)
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	if code != nil {
		doc.SetAttribute(codeCacheAttr, code)
	}
	if env.L != nil {
		doc.SetAttribute(codeLocalizerAttr, env.L)
	}
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/2)
	if err := r.md.Renderer().Render(&buf, src, doc); err != nil {
		return Result{}, err
	}
	return Result{HTML: buf.Bytes(), Headings: st.headings, Files: st.files, Sidebar: st.sidebar}, nil
}

// pageTransformer runs the per-page steps in their fixed order: macros
// first, because links, callouts and heading IDs must see their output.
type pageTransformer struct{}

func (pageTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st := pc.Get(stateKey).(*state)
	src := reader.Source()
	x := macro.Expander{Registry: st.registry, Env: st.env, Report: st.report}
	var samples []macro.LiveSample
	var examples []macro.InteractiveExample
	for _, r := range x.ExpandDocument(doc, src) {
		st.sidebar.add(r.Sidebar)
		samples = append(samples, r.LiveSamples...)
		if r.Interactive != nil {
			examples = append(examples, *r.Interactive)
		}
	}
	resolveLinks(doc, st, src)
	markCallouts(doc, src, st.env.L, st.report)
	markDefinitionLists(doc, src)
	st.files = buildInteractiveExamples(doc, src, st, examples)
	st.headings = assignHeadingIDs(doc, src)
	st.files = append(st.files, buildLiveSamples(doc, src, st, samples)...)
}

// reporter turns offsets in a page's Markdown into diagnostics.
type reporter struct {
	page     string
	body     []byte
	bodyLine int
	dc       *diag.Collector
	strict   bool
}

func (r *reporter) pos(off int) diag.Pos { return macro.LinePos(r.page, r.body, r.bodyLine, off) }

// Flaw implements macro.Reporter.
func (r *reporter) Flaw(off int, kind diag.Kind, hint, msg string) {
	sev := diag.Warning
	if r.strict {
		sev = diag.Error
	}
	r.dc.Report(diag.Diagnostic{Pos: r.pos(off), Severity: sev, Kind: kind, Message: msg, Hint: hint})
}

// Fallback implements macro.Reporter.
func (r *reporter) Fallback(off int, href string) {
	r.dc.Report(diag.Diagnostic{Pos: r.pos(off), Severity: diag.Warning, Kind: diag.Fallback,
		Message: "link to " + href + " leads to the English page: no translation exists",
		Hint:    "translate the page, or link to the English page explicitly"})
}

// Pending implements macro.Reporter.
func (r *reporter) Pending(off int, msg string) {
	r.dc.Report(diag.Diagnostic{Pos: r.pos(off), Severity: diag.Warning, Kind: diag.Pending, Message: msg})
}
