package i18n

import (
	"crypto/sha1"
	"fmt"
	"io"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
)

// SourceHash identifies the English text a translation was made from. It
// is go-i18n's scheme (goi18n merge writes the same value into the hash
// field): SHA-1 over the description and the "other" form, so a changed
// description also asks translators to look again.
func SourceHash(m *goi18n.Message) string {
	h := sha1.New()
	_, _ = io.WriteString(h, m.Description)
	_, _ = io.WriteString(h, m.Other)
	return fmt.Sprintf("sha1-%x", h.Sum(nil))
}
