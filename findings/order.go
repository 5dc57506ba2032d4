package findings

import (
	"cmp"
	"slices"
	"strings"
)

// Compare orders findings by repository (in runs over several), file,
// line, column and rule, then by every
// other field that can tell two findings apart (end position, secret,
// fingerprint, encoding, then the Git provenance), so that the order is
// total: two scans that find the same findings print them in the same
// order whatever the number of workers or the order work finished in.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Repository, b.Repository),
		cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column), cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.EndLine, b.EndLine), cmp.Compare(a.EndColumn, b.EndColumn),
		cmp.Compare(a.Secret, b.Secret), cmp.Compare(a.Fingerprint, b.Fingerprint),
		cmp.Compare(a.Decoded, b.Decoded), cmp.Compare(a.Validated, b.Validated),
		cmp.Compare(a.Severity, b.Severity), cmp.Compare(a.Owner, b.Owner),
		cmp.Compare(a.Entropy, b.Entropy),
		compareGit(a.Git, b.Git),
	)
}

// compareGit orders Git provenance: none first, then by commit, date,
// author, email, subject, whether in HEAD, and the refs named.
func compareGit(a, b *Git) int {
	switch {
	case a == nil || b == nil:
		return cmp.Compare(boolInt(a != nil), boolInt(b != nil))
	}
	return cmp.Or(
		cmp.Compare(a.Commit, b.Commit), cmp.Compare(a.Date, b.Date),
		cmp.Compare(a.Author, b.Author), cmp.Compare(a.Email, b.Email),
		cmp.Compare(a.Message, b.Message), compareInHead(a.InHead, b.InHead),
		compareRefs(a.Refs, b.Refs),
	)
}

func compareInHead(a, b *bool) int {
	rank := func(p *bool) int {
		switch {
		case p == nil:
			return 0
		case !*p:
			return 1
		}
		return 2
	}
	return cmp.Compare(rank(a), rank(b))
}

func compareRefs(a, b *RefSummary) int {
	if a == nil || b == nil {
		return cmp.Compare(boolInt(a != nil), boolInt(b != nil))
	}
	return cmp.Or(cmp.Compare(a.Count, b.Count), slices.Compare(a.Names, b.Names))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compareSkipped orders skipped entries by path, then reason.
func compareSkipped(a, b Skipped) int {
	return cmp.Or(cmp.Compare(a.Repository, b.Repository), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Reason, b.Reason), cmp.Compare(a.Kind, b.Kind))
}

// compareErrors orders read errors by what failed, then every field.
func compareErrors(a, b FileError) int {
	return cmp.Or(cmp.Compare(a.Where(), b.Where()), cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Object, b.Object), strings.Compare(a.Error, b.Error))
}
