package scan

import "bytes"

// contextLines is how many whole lines before and after a secret's own
// line Finding.Context keeps: a check that needs a second value besides
// the secret (a Twilio account SID, a Shopify shop's domain, a Docker Hub
// user name) looks for it there.
const contextLines = 8

// contextAround returns the text kept as a finding's Context: the lines
// the span [start, end) touches (at most contextLimit bytes either side
// of it), then up to contextLines whole lines before and after, as long
// as they fit in contextLimit bytes more on each side. A line cut by a
// limit is never added, so a value near the edge is never kept in part.
func contextAround(data []byte, start, end int) []byte {
	lo, hi := lineBounds(data, start, end, contextLimit)
	return data[linesBefore(data, lo, contextLines, contextLimit):linesAfter(data, hi, contextLines, contextLimit)]
}

// linesBefore moves lo, the start of a line, back over at most n whole
// lines within limit bytes.
func linesBefore(data []byte, lo, n, limit int) int {
	if lo == 0 || data[lo-1] != '\n' {
		return lo // at the start, or the secret's own line was cut
	}
	floor := max(0, lo-limit)
	for ; n > 0 && lo > floor; n-- {
		i := bytes.LastIndexByte(data[floor:lo-1], '\n')
		switch {
		case i >= 0:
			lo = floor + i + 1
		case floor == 0:
			return 0
		default:
			return lo // the next line back does not fit
		}
	}
	return lo
}

// linesAfter moves hi, the end of a line, on over at most n whole lines
// within limit bytes.
func linesAfter(data []byte, hi, n, limit int) int {
	if hi == len(data) || data[hi] != '\n' {
		return hi
	}
	ceil := min(len(data), hi+1+limit)
	for ; n > 0 && hi < ceil; n-- {
		j := bytes.IndexByte(data[hi+1:ceil], '\n')
		switch {
		case j >= 0:
			hi += 1 + j
		case ceil == len(data):
			return len(data)
		default:
			return hi
		}
	}
	return hi
}
