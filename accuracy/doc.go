// Package accuracy measures and guards how well the default ruleset finds
// secrets, as a whole: every rule against its own generated cases and
// every other rule's (TestEveryRuleHasCases, TestAccuracy), the breadth
// corpus of realistic contexts under testdata/breadth (TestBreadth), the
// peer corpora (TestPeerCorpus), and fuzz targets seeded with every case.
// Run with -update, its tests rewrite the figures in docs/accuracy.md,
// docs/rules.md and the README.
//
// It holds tests only, apart from this comment. They live outside package
// rules so that go test ./..., which starts packages in the order of
// their paths, two at a time here, starts these, the suite's longest,
// first; the cases they share with the rules tests are internal/rulecases.
package accuracy
