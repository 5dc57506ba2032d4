package findings

import "fmt"

// SkipKind says why content was passed over; it is a typed code, while
// Skipped.Reason is the sentence shown to people.
type SkipKind string

// The reasons content is skipped.
const (
	SkipTooLarge   SkipKind = "too-large"    // over --max-file-size
	SkipGrew       SkipKind = "grew"         // grew past the limit while read; the start was scanned
	SkipBinary     SkipKind = "binary"       // a NUL byte near the start, after any UTF-16 decoding
	SkipLFSPointer SkipKind = "lfs-pointer"  // a Git LFS pointer, not the content
	SkipSymlink    SkipKind = "symlink"      // symlinks are not followed
	SkipNotRegular SkipKind = "not-regular"  // FIFOs, sockets, devices
	SkipReplaced   SkipKind = "replaced"     // swapped during the scan
	SkipVanished   SkipKind = "vanished"     // gone before it was read
	SkipCapped     SkipKind = "capped"       // findings cut at --max-findings-per-file
	SkipRefLoop    SkipKind = "ref-loop"     // a symbolic ref loop
	SkipRefNoCommt SkipKind = "ref-nocommit" // a ref not pointing at a commit
	SkipOther      SkipKind = "other"

	// SkipAllowlisted is a path the config's allowlist names: not read.
	SkipAllowlisted SkipKind = "allowlisted"
	// SkipGitignored is a path Git ignores, with --gitignore: not read.
	SkipGitignored SkipKind = "gitignored"
)

// Skipped is a file the scan passed over on purpose, with the reason.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
	// Repository names the repository, in runs over several (see Finding).
	Repository string `json:"repository,omitempty"`
	// Kind is the reason as a code; it is not part of the JSON report.
	Kind SkipKind `json:"-"`
}

// TooLarge is the skip of content of size bytes over the size limit.
func TooLarge(path string, size int64) Skipped {
	return Skipped{Path: path, Kind: SkipTooLarge, Reason: fmt.Sprintf("larger than --max-file-size (%d bytes)", size)}
}

// Grew is the note on a file that grew past limit bytes while read.
func Grew(path string, limit int64) Skipped {
	return Skipped{Path: path, Kind: SkipGrew, Reason: fmt.Sprintf("grew past --max-file-size while read: only its first %d bytes were scanned", limit)}
}

// Capped is the note on a file whose findings were cut at limit.
func Capped(path string, limit int) Skipped {
	return Skipped{Path: path, Kind: SkipCapped, Reason: fmt.Sprintf("stopped after %d findings (--max-findings-per-file): later ones in this file are not reported", limit)}
}

// Skip is a skip of kind with its fixed reason (for kinds without details).
func Skip(path string, kind SkipKind) Skipped {
	return Skipped{Path: path, Kind: kind, Reason: fixedReasons[kind]}
}

// fixedReasons are the sentences of the kinds that carry no detail.
var fixedReasons = map[SkipKind]string{
	SkipBinary:     "binary",
	SkipLFSPointer: "Git LFS pointer",
	SkipSymlink:    "symlink (not followed)",
	SkipNotRegular: "not a regular file",
	SkipReplaced:   "replaced during the scan (not followed)",
	SkipVanished:   "vanished before it was read",
	SkipRefLoop:    "symbolic ref loop (points at no commit)",
	SkipRefNoCommt: "ref does not point at a commit",

	SkipAllowlisted: "path allowlisted by the config (not read)",
	SkipGitignored:  "gitignored",
}

// ErrorKind says what could not be read when it is not a file at Path.
type ErrorKind string

// The kinds of read errors. A file's error has no kind (it is written
// without one in JSON, as before kinds existed).
const (
	ErrFile   ErrorKind = ""       // a file or directory at Path
	ErrRef    ErrorKind = "ref"    // a ref; Path is its name
	ErrCommit ErrorKind = "commit" // a commit; Object is its hash
	ErrObject ErrorKind = "object" // an object of unknown type; Object is its hash
	ErrPack   ErrorKind = "pack"   // the pack files; Object is the objects directory's part
	// ErrRepository: a whole repository of a multi-repository run could
	// not be cloned or read; Repository names it.
	ErrRepository ErrorKind = "repository"
)

// FileError is something the scan could not read; the rest of the scan
// went on. Path is the file's path, empty when what failed is not at a
// path (a commit, a pack); then Kind and Object say what it is.
type FileError struct {
	Path   string    `json:"path"`
	Error  string    `json:"error"`
	Kind   ErrorKind `json:"kind,omitempty"`
	Object string    `json:"object,omitempty"`
	// Repository names the repository, in runs over several (see Finding).
	Repository string `json:"repository,omitempty"`
}

// Where names what failed for people: its path, or its kind and object,
// after the repository's name in runs over several repositories.
func (e FileError) Where() string {
	if e.Repository != "" {
		if e.Kind == ErrRepository {
			return e.Repository
		}
		inner := e
		inner.Repository = ""
		return e.Repository + ": " + inner.Where()
	}
	switch {
	case e.Path != "" || e.Kind == ErrFile || e.Kind == ErrRef:
		return e.Path
	case e.Kind == ErrPack:
		return e.Object
	}
	return string(e.Kind) + " " + e.Object
}
