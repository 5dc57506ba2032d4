package cli

import (
	"fmt"
	"os"

	"github.com/keysieve/keysieve/report"
)

// maxTemplateSize bounds the --template file read.
const maxTemplateSize = 1 << 20

// loadTemplate reads and parses --template before any work is done, so
// that a mistake in it fails at once, not after a long scan.
func loadTemplate(flags *commonFlags) error {
	if flags.template == "" {
		return nil
	}
	if flags.format != "template" {
		return fmt.Errorf("--template %s is for --format template (got --format %s)", flags.template, flags.format)
	}
	info, err := os.Stat(flags.template)
	if err != nil {
		return fmt.Errorf("read --template: %w", err)
	}
	if !info.Mode().IsRegular() || info.Size() > maxTemplateSize {
		return fmt.Errorf("--template %s: want a regular file of at most 1 MiB", flags.template)
	}
	data, err := os.ReadFile(flags.template)
	if err != nil {
		return fmt.Errorf("read --template: %w", err)
	}
	if _, err := report.ParseTemplate(flags.template, string(data)); err != nil {
		return fmt.Errorf("--template: %w", err)
	}
	flags.templateText = string(data)
	return nil
}
