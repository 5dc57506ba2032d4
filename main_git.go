package main

import (
	"errors"
	"io"
)

// runHistory audits every commit of a repository (keysieve history).
func runHistory(args []string, stdout, stderr io.Writer) int {
	return fail(stderr, errors.New("history: not implemented yet"))
}

// runStaged scans what is staged for the next commit (keysieve staged).
func runStaged(args []string, stdout, stderr io.Writer) int {
	return fail(stderr, errors.New("staged: not implemented yet"))
}

// runHook installs or removes keysieve's Git hooks (keysieve hook).
func runHook(args []string, stdout, stderr io.Writer) int {
	return fail(stderr, errors.New("hook: not implemented yet"))
}
