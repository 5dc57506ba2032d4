package gitsource_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/scan"
)

// sourcesMaxSize is the size limit of TestEverySourceTreatsContentAlike.
const sourcesMaxSize = 4096

// utf16File encodes text as UTF-16 in order, with a byte order mark.
func utf16File(text string, order binary.AppendByteOrder) string {
	out := order.AppendUint16(nil, 0xfeff)
	for _, u := range utf16.Encode([]rune(text)) {
		out = order.AppendUint16(out, u)
	}
	return string(out)
}

// encodedFiles returns hostile and encoded files, each with what every
// source must make of it: "found" (the token is reported) or the kind
// it is skipped for.
func encodedFiles(g *fake.Gen) (files map[string]string, want map[string]string, token string) {
	token = g.GitHubToken(fake.Join("gh", "p"))
	line := "GITHUB_TOKEN=" + token + "\n"
	lfs := "version https://git-lfs.github.com/spec/v1\noid sha256:" + g.Hex(64) + "\nsize 123456\n"
	files = map[string]string{
		"plain.env":        line,
		"utf16le.env":      utf16File("# config\n"+line, binary.LittleEndian),
		"utf16be.env":      utf16File("# config\n"+line, binary.BigEndian),
		"bom-no-nul.env":   "\xff\xfe" + line, // Latin-1 "ÿþ", not UTF-16
		"utf16-no-bom.env": utf16File(line, binary.LittleEndian)[2:],
		"binary.bin":       "\x00\x01\x02" + line,
		"lfs-pointer.bin":  lfs,
		"oversize.env":     line + strings.Repeat("x", sourcesMaxSize),
	}
	want = map[string]string{
		"plain.env": "found", "utf16le.env": "found", "utf16be.env": "found", "bom-no-nul.env": "found",
		"utf16-no-bom.env": string(findings.SkipBinary), "binary.bin": string(findings.SkipBinary),
		"lfs-pointer.bin": string(findings.SkipLFSPointer), "oversize.env": string(findings.SkipTooLarge),
	}
	return files, want, token
}

// outcomes says, for each path of res, "found" when token was found there,
// else the kind it was skipped for.
func outcomes(res *findings.Result, token string) map[string]string {
	got := map[string]string{}
	for _, s := range res.Skipped {
		got[s.Path] = string(s.Kind)
	}
	for _, f := range res.Findings {
		if f.Secret == token {
			got[f.File] = "found"
		}
	}
	return got
}

// TestEverySourceTreatsContentAlike runs the same hostile and encoded
// files (UTF-16 with a byte order mark, binary, a Git LFS pointer, an
// oversize file...) through tree, staged and history (loose and packed)
// and checks that all of them find or skip each file alike.
func TestEverySourceTreatsContentAlike(t *testing.T) {
	t.Parallel()
	files, want, token := encodedFiles(fake.New(801))
	r := newGitRepo(t)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		r.Write(name, files[name])
	}
	r.Git("add", "-A")
	s := gitScanner(t, scan.Options{MaxFileSize: sourcesMaxSize})
	repo, err := gitsource.Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	check := func(source string, res *findings.Result, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", source, err)
		}
		if got := outcomes(res, token); !maps.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", source, fmt.Sprint(got), fmt.Sprint(want))
		}
	}
	tree, err := s.Tree(ctx, r.Dir)
	check("tree", tree, err)
	staged, err := repo.Staged(ctx, s)
	check("staged", staged, err)
	r.Commit("add files")
	loose, err := repo.History(ctx, s, gitsource.HistoryOptions{})
	check("history (loose objects)", historyResult(loose), err)
	r.Git("gc", "-q")
	if repo, err = gitsource.Open(r.Dir); err != nil {
		t.Fatal(err)
	}
	packed, err := repo.History(ctx, s, gitsource.HistoryOptions{})
	check("history (packed)", historyResult(packed), err)
}

// historyResult is res's Result, or nil when res is.
func historyResult(res *gitsource.HistoryResult) *findings.Result {
	if res == nil {
		return nil
	}
	return &res.Result
}
