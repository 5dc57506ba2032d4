package rules

import "strings"

// azureRedisSignature marks an Azure Cache for Redis identifiable key.
const azureRedisSignature = "AzCa"

// maxRedisSwaps caps the 'P' and 'F' characters tried as '+' and '/':
// 2^maxRedisSwaps checksums at most (a key holds about one of each).
const maxRedisSwaps = 12

// azureRedisKeyVerifies checks an Azure Cache for Redis key. Redis writes
// its keys without base64's special characters: after the checksum is set
// it replaces '+' by 'P' and '/' by 'F' (Microsoft security-utilities,
// AzureCacheForRedisWithSpecialCharacterChecksum in IdentifiableMetadata),
// so most real keys verify only once those are put back. Each 'P' or 'F'
// may stand for itself or for the replaced character; the key verifies
// when one choice gives a valid checksum.
func azureRedisKeyVerifies(key string, seeds []uint64) bool {
	if azureChecksumOK(key, seeds) {
		return true
	}
	if strings.ContainsAny(key, "+/") {
		return false // a Redis-written key has none left
	}
	var swaps []int
	for i := 0; i < len(key); i++ {
		if key[i] == 'P' || key[i] == 'F' {
			swaps = append(swaps, i)
		}
	}
	if len(swaps) == 0 || len(swaps) > maxRedisSwaps {
		return false
	}
	b := []byte(key)
	for mask := 1; mask < 1<<len(swaps); mask++ {
		for j, i := range swaps {
			switch {
			case mask&(1<<j) == 0:
				b[i] = key[i]
			case key[i] == 'P':
				b[i] = '+'
			default:
				b[i] = '/'
			}
		}
		if azureChecksumOK(string(b), seeds) {
			return true
		}
	}
	return false
}
