package rules

// SetDone makes m stop early once done is closed (a context's Done
// channel): Find then returns the matches found so far, having skipped
// the rest of the input. The keyword automaton asks every 64 KiB, the
// regexes before each window and the decoder before each encoded run, so
// a large file stops within milliseconds. A nil done never stops.
func (m *Matcher) SetDone(done <-chan struct{}) { m.done = done }

// stopped reports whether done is closed.
func (m *Matcher) stopped() bool {
	select {
	case <-m.done:
		return true
	default:
		return false
	}
}
