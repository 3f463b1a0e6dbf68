package macro

import "fmt"

// Result is what one call gives its page: the HTML it renders to and what
// it asks of the page renderer. Results flow one way: a macro returns
// one, the Markdown renderer composes a page's results, and the page
// renderer reads them from what rendering returns. Nothing is written
// into the Env.
type Result struct {
	HTML string
	// Sidebar asks the layout for a sidebar; nil when the call does not.
	Sidebar *SidebarRequest
	// LiveSamples are the samples the call asks to be built; each stands
	// where the call stood, as its Marker, until the page builds it.
	LiveSamples []LiveSample
	// Interactive is the interactive example the call asks to be built,
	// nil for other calls; it stands where the call stood, as its Marker,
	// until the page builds it.
	Interactive *InteractiveExample
	// Fallbacks are the hrefs of links the call rendered that lead to the
	// English page; they are reported at the call.
	Fallbacks []string
}

// SidebarRequest is the sidebar a call asks for: an API's (APIRef names
// its group, maybe none) or, when Area is set, a reference area's.
type SidebarRequest struct {
	// Group is the API group APIRef names ("WebSockets API").
	Group string
	// Area is the slug of the reference area whose sidebar an area
	// sidebar macro (JSRef, CSSRef, ...) stands for.
	Area string
	// Name is the tree's sidebar file (sidebars/<name>.yaml) the macro
	// stands for, as MDN maps them ("cssref"); the area is shown when
	// the tree has no such file.
	Name string
}

// LiveSample is a live sample a page asked for with EmbedLiveSample. The
// renderer builds it once heading IDs are known (the code is found as on
// MDN, by ID, class or the heading above the call): a sample page beside
// the page, and an iframe in place of its Marker.
type LiveSample struct {
	// ID names the section (its heading's ID) whose code blocks make the
	// sample, or the live-sample___ID class of blocks anywhere on the page.
	ID            string
	Width, Height string
	// Link, if set, asks for a link to the sample page with this HTML as
	// its text (LiveSampleLink) instead of a frame.
	Link string
	// Offset is the call's byte offset in the page's Markdown; the
	// expander sets it.
	Offset int
}

// Marker is what the call renders to until the sample is built. A call's
// offset is unique in its page, and so is the marker.
func (s LiveSample) Marker() string { return fmt.Sprintf("<!--doku-live-sample-%d-->", s.Offset) }

// InteractiveExample is an interactive example a page asked for with
// InteractiveExample. The renderer builds it from the blocks marked
// interactive-example (and interactive-example-choice) that follow the
// call: the code shown, and a frame page beside the page that runs it.
type InteractiveExample struct {
	// Title is the example's name as the call gives it.
	Title string
	// Height is MDN's height class ("taller", "tabbed-shorter"), or "".
	Height string
	// Offset is the call's byte offset in the page's Markdown; the
	// expander sets it.
	Offset int
}

// Marker is what the call renders to until the example is built.
func (e InteractiveExample) Marker() string {
	return fmt.Sprintf("<!--doku-interactive-%d-->", e.Offset)
}
