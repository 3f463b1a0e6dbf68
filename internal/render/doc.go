// Package render is doku's second stage: it turns a load.Model into the
// files of the site, in memory.
//
// Every function here reads the model and hands what it renders to a Sink
// (an output path such as "de/docs/Web/API/CloseEvent/index.html" and its
// bytes); none writes a file, keeps global state or changes the model.
// Problems go to the diag.Collector it is given. Pages renders pages on all
// cores; Home, Root, Status, Hosting, Shared and the search indexes render
// the files every site has besides its pages. Which of them run, in which
// order and into which Sink is the orchestrator's business
// (internal/pipeline), so doku build and doku serve share every function.
package render

import (
	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/load"
	"github.com/doku-docs/doku/internal/search"
)

// Sink receives rendered files: a slash-separated path below the output's
// root and the file's bytes. A Sink used by Pages is called from several
// goroutines at once. Write must not keep data once it returns: the
// renderer writes its next file into the same buffer. A sink that keeps
// files keeps copies.
type Sink interface {
	Write(rel string, data []byte) error
}

// Target is where the rendering of one page goes: the model it is
// rendered from (doku serve gives each page localizers that record the
// messages it looks up), its files, its problems, and the search indexes
// its text is added to (nil: none), and the sidebars built so far
// (nil: each page builds its own).
type Target struct {
	Model    *load.Model
	Out      Sink
	Diag     *diag.Collector
	Search   SearchIndexes
	Sidebars *SidebarCache
	// Done, if set, is called once the page is rendered, from the worker
	// that rendered it (a progress bar counts pages with it).
	Done func()
	// Indexed, if set, hears what the page added to the search index
	// (the render cache keeps it, to add it again without rendering).
	Indexed func(search.Record)
}
