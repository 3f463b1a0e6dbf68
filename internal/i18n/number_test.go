package i18n

import "testing"

func TestFileSize(t *testing.T) {
	c, dc := load(t, enCatalog+`
[Size.KB]
description = "Size."
other = "{{.Size}} kB"
[Size.MB]
description = "Size."
other = "{{.Size}} MB"
`, deCatalog+`
[Size.KB]
description = "Size."
other = "{{.Size}} kB"
[Size.MB]
description = "Size."
other = "{{.Size}} MB"
`)
	en, de := c.Localizer("en-US", dc), c.Localizer("de", dc)
	for _, tc := range []struct {
		n      int64
		en, de string
	}{
		{12, "1 kB", "1 kB"},
		{85_300, "85 kB", "85 kB"},
		{999_499, "999 kB", "999 kB"},
		{999_500, "1 MB", "1 MB"},
		{1_234_567, "1.2 MB", "1,2 MB"},
		{1_234_567_890, "1,234.6 MB", "1.234,6 MB"},
	} {
		if got := en.FileSize(tc.n); got != tc.en {
			t.Errorf("en-US FileSize(%d) = %q, want %q", tc.n, got, tc.en)
		}
		if got := de.FileSize(tc.n); got != tc.de {
			t.Errorf("de FileSize(%d) = %q, want %q", tc.n, got, tc.de)
		}
	}
	if len(dc.All()) != 0 {
		t.Errorf("diagnostics: %v", dc.All())
	}
}
