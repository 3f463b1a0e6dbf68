package pipeline

import "github.com/doku-docs/doku/internal/site"

// Site is the page index of View (of the current input before there is a
// build without errors), nil if there is none. Like every model's index it
// is never changed, so it may be read while the session updates; tools
// beside the preview (the translators' workbench) read pages and their
// front matter from it instead of walking the content tree again.
func (s *Session) Site() *site.Site {
	in := s.model()
	if in == nil {
		return nil
	}
	return in.Site
}
