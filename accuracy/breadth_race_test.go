//go:build race

package accuracy_test

// raceEnabled says the tests run under the race detector, which makes the
// breadth corpus several times slower: TestBreadth then builds a quarter
// of it (see breadthLite).
const raceEnabled = true
