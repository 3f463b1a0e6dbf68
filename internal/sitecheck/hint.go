package sitecheck

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// idHint suggests the id a broken fragment most likely meant: one that
// differs only in case, else the nearest by edit distance.
func idHint(ids map[string]bool, want string) string {
	sorted := slices.Sorted(maps.Keys(ids))
	for _, id := range sorted {
		if strings.EqualFold(id, want) {
			return fmt.Sprintf("ids are case-sensitive: did you mean #%s?", id)
		}
	}
	if best, ok := nearest(sorted, want); ok {
		return fmt.Sprintf("did you mean #%s?", best)
	}
	if len(sorted) == 0 {
		return "the page has no ids: link to the page without a fragment"
	}
	return "link to a heading's id (lower case, spaces as _) or a table row's code"
}

// fileHint suggests the file a broken link most likely meant: one that
// differs only in case (slugs keep their casing in URLs), else the same
// page in another locale.
func fileHint(fsys fs.FS, rel string) string {
	dir, name := path.Split(rel)
	if entries, err := fs.ReadDir(fsys, path.Clean(dir)); err == nil {
		for _, e := range entries {
			if strings.EqualFold(e.Name(), name) && e.Name() != name {
				return fmt.Sprintf("file names are case-sensitive: did you mean %s%s?", dir, e.Name())
			}
		}
	}
	if fixed, ok := foldPath(fsys, rel); ok {
		return fmt.Sprintf("URLs are case-sensitive: did you mean %s?", fixed)
	}
	if locale, rest, ok := strings.Cut(rel, "/"); ok && isDir(fsys, locale) {
		if tops, err := fs.ReadDir(fsys, "."); err == nil {
			for _, t := range tops {
				other := t.Name() + "/" + rest
				if t.IsDir() && t.Name() != locale {
					if _, err := fs.Stat(fsys, other); err == nil {
						return fmt.Sprintf("the page exists in %s (%s): link there until it is translated", t.Name(), other)
					}
				}
			}
		}
	}
	for p := rel; strings.Contains(p, "/"); {
		_, p, _ = strings.Cut(p, "/")
		if _, err := fs.Stat(fsys, p); err == nil {
			return fmt.Sprintf("the site has %s: if it was built for a base URL, check it with the same -base-url", p)
		}
	}
	return "check the slug in the link, or write the page"
}

func isDir(fsys fs.FS, name string) bool {
	st, err := fs.Stat(fsys, name)
	return err == nil && st.IsDir()
}

// foldPath finds the file whose path equals rel but for case.
func foldPath(fsys fs.FS, rel string) (string, bool) {
	cur := "."
	for seg := range strings.SplitSeq(rel, "/") {
		entries, err := fs.ReadDir(fsys, cur)
		if err != nil {
			return "", false
		}
		found := ""
		for _, e := range entries {
			if strings.EqualFold(e.Name(), seg) {
				found = e.Name()
				break
			}
		}
		if found == "" {
			return "", false
		}
		cur = path.Join(cur, found)
	}
	return cur, cur != rel
}

// nearest returns the candidate closest to want by edit distance, if one
// is close enough to be a typo (at most a third of want's length).
func nearest(candidates []string, want string) (string, bool) {
	best, bestD := "", utf8.RuneCountInString(want)/3+1
	for _, c := range candidates {
		if d := distance(c, want); d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 200 || len(rb) > 200 {
		return max(len(ra), len(rb)) // not a typo; keep the cost bounded
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
