package scan_test

import (
	"os"
	"testing"

	"github.com/keysieve/keysieve/internal/testtmp"
)

// TestMain runs the package's tests with their temporary files in memory
// when the machine has a tmpfs for them (see package testtmp).
func TestMain(m *testing.M) {
	done := testtmp.Use()
	code := m.Run()
	done()
	os.Exit(code)
}
