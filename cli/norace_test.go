//go:build !race

package cli

// raceEnabled says the tests run under the race detector (see binary).
const raceEnabled = false
