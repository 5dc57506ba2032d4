//go:build !race

package accuracy_test

// raceEnabled says the tests run under the race detector (see
// breadth_race_test.go).
const raceEnabled = false
