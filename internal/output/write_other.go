//go:build !unix

package output

import "os"

// writeFile writes a file of the output.
func writeFile(name string, data []byte) error { return os.WriteFile(name, data, 0o644) }
