package rules

import (
	"fmt"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCloudflareCRC32(t *testing.T) {
	g := fake.New(5)
	body := g.MixedAlnum(40)
	sum := fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body)))
	for _, prefix := range []string{fake.Join("cf", "ut_"), fake.Join("cf", "at_"), fake.Join("cf", "k_")} {
		wantCheck(t, "valid "+prefix, checkNamed(t, "cloudflare-crc32", prefix+body+sum), true, "", "")
	}
	tok := fake.Join("cf", "ut_") + body + sum
	wantCheck(t, "upper-case sum", checkNamed(t, "cloudflare-crc32", tok[:len(tok)-8]+strings.ToUpper(sum)), strings.ToUpper(sum) == sum, "", "")
	wantCheck(t, "changed body", checkNamed(t, "cloudflare-crc32", fake.Join("cf", "ut_")+"Z"+body[1:]+sum), body[0] == 'Z', "", "")
	wantCheck(t, "short body", checkNamed(t, "cloudflare-crc32", fake.Join("cf", "ut_")+body[1:]+sum), false, "", "")
	wantCheck(t, "no prefix", checkNamed(t, "cloudflare-crc32", body+sum), false, "", "")
}
