package content

import (
	"io/fs"
	"path"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
)

// RedirectsFile is the file of a locale folder that lists the URLs of
// pages that moved, as MDN's trees keep it: one "FROM<tab>TO" a line,
// "/de/docs/Old/Slug	/de/docs/New/Slug", lines starting with '#' aside.
const RedirectsFile = "_redirects.txt"

// readRedirects adds the moves listed in the locale folder top to into,
// keyed by the lower-cased FROM URL. A line that is not two URLs is
// reported and skipped; a missing file is no problem.
func readRedirects(fsys fs.FS, top, name string, into map[string]string, dc *diag.Collector) {
	data, err := fs.ReadFile(fsys, path.Join(top, RedirectsFile))
	if err != nil {
		return
	}
	file := path.Join(name, top, RedirectsFile)
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// Tab-separated: an old URL may hold spaces ("/de/docs/Firefox 11
		// for developers").
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) != 2 || !strings.HasPrefix(f[0], "/") || f[1] == "" {
			dc.Warnf(diag.Pos{File: file, Line: i + 1, Col: 1}, diag.Content, "write the old URL, a tab and the new URL: /de/docs/Old\t/de/docs/New",
				"a redirect is two URLs; this line is skipped")
			continue
		}
		into[strings.ToLower(f[0])] = f[1]
	}
}
