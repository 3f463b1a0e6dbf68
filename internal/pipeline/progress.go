package pipeline

// Progress hears how a build goes, for a progress bar: Stage when a
// stage begins ("inputs" with the render cache, "load", "render",
// "bundle", "precompress", "check",
// "swap"; total is the number of pages for "render", else 0), Page
// after each page is rendered. Page is called from every render worker
// at once.
type Progress interface {
	Stage(name string, total int)
	Page()
}

// noProgress hears nothing.
type noProgress struct{}

func (noProgress) Stage(string, int) {}
func (noProgress) Page()             {}
