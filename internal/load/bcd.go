package load

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/doku-docs/doku/internal/compat"
	"github.com/doku-docs/doku/internal/diag"
)

// BCDPath is where a site keeps its browser-compat data when neither -bcd
// nor doku.toml names a file, relative to its content folder. This
// repository ships the subset its own pages need there.
const BCDPath = "data/browser-compat.json"

// loadBCD opens the browser-compat data: the file given by -bcd (relative
// to the working directory), else by doku.toml's bcd (absolute, or relative to the
// site's root), else the content tree's data/browser-compat.json if there
// is one. A site without data builds; its Compat calls are flaws.
func loadBCD(opt Options, cfg Config, dc *diag.Collector) (*compat.Data, *compat.SpecTitles) {
	contentFS, err := treeFS(opt.Content)
	if err != nil {
		dc.Errorf(diag.Pos{File: filepath.ToSlash(opt.Content)}, diag.Content, "", "cannot read the content tree: %v", err)
		return nil, nil
	}
	contentName := filepath.ToSlash(opt.Content)
	titles := compat.LoadSpecTitles(contentFS, compat.SpecTitlesPath, path.Join(contentName, compat.SpecTitlesPath), dc)
	file, shown := opt.BCD, opt.BCD
	pos := diag.Pos{File: "-bcd"}
	switch {
	case opt.BCD != "":
	case cfg.BCD != "":
		file, shown = cfg.BCDFile(opt.Root), cfg.BCD
		pos = diag.Pos{File: ConfigFile}
	default:
		// Inside the content tree, read as the tree is: no links out.
		shown = path.Join(contentName, BCDPath)
		pos = diag.Pos{File: shown}
	}
	var src []byte
	if file != "" {
		src, err = os.ReadFile(file)
	} else if src, err = fs.ReadFile(contentFS, BCDPath); errors.Is(err, fs.ErrNotExist) {
		return nil, titles
	}
	if err != nil {
		dc.Errorf(pos, diag.BCD, "give the path of data.json from the npm package @mdn/browser-compat-data", "cannot read browser-compat data: %v", err)
		return nil, titles
	}
	d, err := compat.Open(src, shown)
	if err != nil {
		var ce *compat.Error
		if errors.As(err, &ce) {
			dc.Errorf(ce.Pos, diag.BCD, "the file must be the data.json of @mdn/browser-compat-data, or a subset of the same shape", "%s", ce.Msg)
		} else {
			dc.Errorf(diag.Pos{File: shown}, diag.BCD, "", "%v", err)
		}
		return nil, titles
	}
	return d, titles
}
