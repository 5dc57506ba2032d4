package findings

// SkipInterrupted marks a file whose scan was cut short by cancellation
// (SIGINT, SIGTERM): it was read or matched only in part.
const SkipInterrupted SkipKind = "interrupted"

// Interrupted is the note on a file whose scan a cancellation cut short.
func Interrupted(path string) Skipped {
	return Skipped{Path: path, Kind: SkipInterrupted, Reason: "not scanned to the end: the scan was interrupted"}
}
