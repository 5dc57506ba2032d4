package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// redisStyle rewrites a key as Azure Cache for Redis stores it: '+' as
// 'P' and '/' as 'F'.
func redisStyle(key string) string {
	return strings.NewReplacer("+", "P", "/", "F").Replace(key)
}

// TestAzureRedisKeys checks Azure Cache for Redis keys whose base64 had
// '+' or '/' before Redis replaced them: they verify as identifiable keys
// (and so are not left to the connection-string rule), while a wrong
// checksum or a key of another signature does not pass this way.
func TestAzureRedisKeys(t *testing.T) {
	t.Parallel()
	const seed = 0x4163636573733030 // "Access00"
	g := fake.New(7)
	replaced := 0
	for i := 0; i < 40; i++ {
		key := identifiableKey(g, 32, azureRedisSignature, seed)
		stored := redisStyle(key)
		if stored != key {
			replaced++
		}
		if !checkAzureIdentifiableKey([]byte(stored)).OK || checkAzureUnidentifiableKey([]byte(stored)).OK {
			t.Errorf("Redis key %q (from %q) not recognised", stored, key)
		}
		if wrong := redisStyle(identifiableKey(g, 32, azureRedisSignature, seed+1)); checkAzureIdentifiableKey([]byte(wrong)).OK {
			t.Errorf("Redis key with a wrong checksum %q accepted", wrong)
		}
		iot := identifiableKey(g, 32, "AIoT", 0x496f544875623030)
		if other := redisStyle(iot); other != iot && checkAzureIdentifiableKey([]byte(other)).OK {
			t.Errorf("IoT key %q with characters replaced taken for an identifiable key", other)
		}
	}
	if replaced < 10 {
		t.Fatalf("only %d of 40 keys had '+' or '/' to replace; the test shows nothing", replaced)
	}
}
