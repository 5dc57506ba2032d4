package scan_test

import (
	"os"
	"testing"

	"github.com/keysieve/keysieve/internal/testtmp"
)

// TestMain keeps the tests' temporary files in memory when the machine
// has a tmpfs for them (see package testtmp).
func TestMain(m *testing.M) { os.Exit(testtmp.Run(m)) }
