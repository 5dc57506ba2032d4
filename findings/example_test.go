package findings_test

import (
	"fmt"

	"github.com/keysieve/keysieve/findings"
)

func ExampleResult_Sort() {
	res := findings.Result{
		Findings: []findings.Finding{
			{Rule: "b-rule", File: "z.txt", Line: 1, Column: 1},
			{Rule: "a-rule", File: "a.txt", Line: 9, Column: 4},
			{Rule: "a-rule", File: "a.txt", Line: 2, Column: 7},
		},
		Errors: []findings.FileError{
			{Kind: findings.ErrCommit, Object: "0123abcd", Error: "object not found"},
			{Path: "locked.txt", Error: "open: permission denied"},
		},
	}
	res.Sort()
	for _, f := range res.Findings {
		fmt.Printf("%s:%d:%d %s\n", f.File, f.Line, f.Column, f.Rule)
	}
	for _, e := range res.Errors {
		fmt.Printf("cannot read %s: %s\n", e.Where(), e.Error)
	}
	// Output:
	// a.txt:2:7 a-rule
	// a.txt:9:4 a-rule
	// z.txt:1:1 b-rule
	// cannot read commit 0123abcd: object not found
	// cannot read locked.txt: open: permission denied
}

func ExampleFinding_GitPart() {
	inHead := true
	fromHistory := findings.Finding{File: "app.env", Git: &findings.Git{Commit: "0123abcd", Author: "Ada", InHead: &inHead}}
	fromTree := findings.Finding{File: "app.env"}
	for _, f := range []findings.Finding{fromHistory, fromTree} {
		g := f.GitPart()
		fmt.Printf("%s: commit %q by %q\n", f.File, g.Commit, g.Author)
	}
	// Output:
	// app.env: commit "0123abcd" by "Ada"
	// app.env: commit "" by ""
}

func ExampleSkip() {
	s := findings.Skip("assets/logo.png", findings.SkipBinary)
	fmt.Println(s.Path, s.Kind, s.Reason)
	fmt.Println(findings.TooLarge("dump.sql", 20<<20).Reason)
	// Output:
	// assets/logo.png binary binary
	// larger than --max-file-size (20971520 bytes)
}

func ExampleFingerprint() {
	a := findings.Fingerprint("generic-secret", "app.env", []byte("plain-words-not-a-key"))
	b := findings.Fingerprint("generic-secret", "app.env", []byte("plain-words-not-a-key"))
	c := findings.Fingerprint("generic-secret", "other.env", []byte("plain-words-not-a-key"))
	fmt.Println(len(a), a == b, a == c)
	// Output:
	// 32 true false
}
