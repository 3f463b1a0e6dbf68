package defects

import "testing"

func TestOver(t *testing.T) {
	r := &Report{Locales: []*LocaleReport{
		{Locale: "de", Pages: 200, Clean: 190}, // 5 % defective
		{Locale: "en-US", Pages: 100, Clean: 99},
		{Locale: "fr", Pages: 0},
	}}
	if got := r.Locales[0].DefectiveShare(); got != 5 {
		t.Errorf("DefectiveShare = %v, want 5", got)
	}
	for _, tt := range []struct {
		max  float64
		want []string
	}{{10, nil}, {5, nil}, {4.9, []string{"de"}}, {0.5, []string{"de", "en-US"}}} {
		var got []string
		for _, l := range r.Over(tt.max) {
			got = append(got, l.Locale)
		}
		if len(got) != len(tt.want) || (len(got) > 0 && got[len(got)-1] != tt.want[len(tt.want)-1]) {
			t.Errorf("Over(%v) = %v, want %v", tt.max, got, tt.want)
		}
	}
}
