package workbench

import (
	"fmt"
	"strconv"
	"testing"
)

func TestSections(t *testing.T) {
	var rows []pageRow
	for i := range sectionMin {
		rows = append(rows, pageRow{Slug: fmt.Sprintf("Web/API/I%d", i)})
	}
	rows = append(rows, pageRow{Slug: "Web/API"}, pageRow{Slug: "Web/CSS/color"}, pageRow{Slug: "Web"}, pageRow{Slug: "Glossary/HTML"})
	setSections(rows)
	want := map[string]string{"Web/API/I0": "Web/API", "Web/API": "Web/API", "Web/CSS/color": "Web", "Web": "Web", "Glossary/HTML": "Glossary"}
	for _, r := range rows {
		if w, ok := want[r.Slug]; ok && r.Section != w {
			t.Errorf("%s is in section %q, want %q", r.Slug, r.Section, w)
		}
	}
}

func TestPager(t *testing.T) {
	show := func(current, pages int) string {
		s := ""
		for _, l := range pager(strconv.Itoa, current, pages) {
			switch {
			case l.Gap:
				s += "… "
			case l.Current:
				s += "[" + l.URL + "] "
			default:
				s += l.URL + " "
			}
		}
		return s
	}
	for _, tc := range []struct {
		current, pages int
		want           string
	}{
		{1, 1, ""},
		{1, 3, "[1] 2 3 "},
		{10, 290, "1 … 8 9 [10] 11 12 … 290 "},
		{290, 290, "1 … 288 289 [290] "},
	} {
		if got := show(tc.current, tc.pages); got != tc.want {
			t.Errorf("page %d of %d: %q, want %q", tc.current, tc.pages, got, tc.want)
		}
	}
}
