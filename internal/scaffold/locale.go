package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/doku-docs/doku/internal/diag"
	"github.com/doku-docs/doku/internal/i18n"
	"github.com/doku-docs/doku/internal/locale"

	"golang.org/x/text/language"
)

// Started is what AddLocale did, each path relative to the site's root
// or, for Folder, as given.
type Started struct {
	// Locale is the locale's tag as doku spells it ("fr", "pt-BR").
	Locale string
	// Catalog is the catalog written, holding every message of the
	// English catalog with its English text, marked untranslated.
	Catalog string
	// Messages counts them.
	Messages int
	// Config is set when doku.toml's locales list got the locale.
	Config bool
	// Folder is the content folder made for the locale's pages.
	Folder string
}

// AddLocale adds the locale tag to the site at root whose content tree is
// contentDir: its catalog, made from the site's English catalog as
// 'doku i18n sync' would fill an empty one (every message in English,
// marked untranslated), the locale in doku.toml's locales list if the
// site has one, and an empty content folder beside the English one,
// named as the English one is (en-US/ gives pt-BR/, en-us/ pt-br/). The
// site builds with the new locale at once: pages not translated yet lead
// to the English ones. Nothing that exists is overwritten.
func AddLocale(root, contentDir, tag string) (*Started, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return nil, fmt.Errorf("%q is not a language tag: name the locale as a BCP 47 tag such as fr, pt-BR or de-CH", tag)
	}
	st := &Started{Locale: t.String()}
	if st.Locale == locale.Source {
		return nil, fmt.Errorf("%s is the language the others are translated from; name the new one", st.Locale)
	}
	cat, err := startCatalog(root, st.Locale)
	if err != nil {
		return nil, err
	}
	folder := filepath.Join(contentDir, folderName(contentDir, st.Locale))
	if _, err := os.Stat(folder); err == nil {
		return nil, fmt.Errorf("%s exists already: the site has the locale %s", folder, st.Locale)
	}
	st.Config, err = addToConfig(filepath.Join(root, "doku.toml"), st.Locale)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return nil, err
	}
	st.Folder = folder
	st.Catalog, st.Messages = path.Join(i18n.CatalogDir, st.Locale+".toml"), cat.messages
	if err := writeNew(filepath.Join(root, filepath.FromSlash(st.Catalog)), cat.text); err != nil {
		return nil, err
	}
	return st, nil
}

// folderName is the name of loc's content folder: its tag as written
// when the English folder is en-US, else in lower case, as MDN names
// them (en-us, pt-br).
func folderName(contentDir, loc string) string {
	entries, _ := os.ReadDir(contentDir)
	for _, e := range entries {
		if e.Name() == locale.Source {
			return loc
		}
	}
	return locale.Folder(loc)
}

type startedCatalog struct {
	text     []byte
	messages int
}

// startCatalog is the text of the new catalog of loc: the site's
// locales/en-US.toml synced into an empty file.
func startCatalog(root, loc string) (*startedCatalog, error) {
	p := path.Join(i18n.CatalogDir, loc+".toml")
	if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(p))); err == nil {
		return nil, fmt.Errorf("%s exists already: the site has the locale %s", p, loc)
	}
	var dc diag.Collector
	src := i18n.ReadFile(os.DirFS(root), path.Join(i18n.CatalogDir, locale.Source+".toml"), locale.Source, &dc)
	if src == nil {
		return nil, fmt.Errorf("the site has no English catalog to start from (%v): write %s/%s.toml first, or run doku new",
			errors.Join(diagErrors(dc.All())...), i18n.CatalogDir, locale.Source)
	}
	head := fmt.Sprintf("# The strings of this site in %s. Translate each text, then delete the line\n# %q above it; doku i18n check lists what is left.\n",
		i18n.SelfName(loc), i18n.MarkUntranslated)
	empty := i18n.ParseFile(p, loc, []byte(head), &dc)
	if empty == nil {
		return nil, fmt.Errorf("%s: %v", p, errors.Join(diagErrors(dc.All())...))
	}
	text, res, err := i18n.Sync(src, empty)
	if err != nil {
		return nil, err
	}
	return &startedCatalog{text: text, messages: res.Added}, nil
}

func diagErrors(ds []diag.Diagnostic) []error {
	var errs []error
	for _, d := range ds {
		errs = append(errs, errors.New(d.String()))
	}
	return errs
}

// localesLine is doku.toml's locales list written on one line.
var localesLine = regexp.MustCompile(`(?m)^(\s*locales\s*=\s*\[)([^\]\n#]*)(\].*)$`)

// addToConfig appends loc to the locales list of the doku.toml at p,
// editing that line only; false when there is no doku.toml or it sets no
// list (then every locale folder is built).
func addToConfig(p, loc string) (bool, error) {
	src, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	m := localesLine.FindSubmatchIndex(src)
	if m == nil {
		if regexp.MustCompile(`(?m)^\s*locales\s*=`).Match(src) {
			return false, fmt.Errorf("%s: write the locales list on one line, or add %q to it yourself", p, loc)
		}
		return false, nil
	}
	list := strings.TrimSpace(string(src[m[4]:m[5]]))
	list = strings.TrimSuffix(list, ",")
	if list != "" {
		list += ", "
	}
	out := string(src[:m[4]]) + list + strconv.Quote(loc) + string(src[m[5]:])
	return true, i18n.WriteAtomic(p, []byte(out))
}
