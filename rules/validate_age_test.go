package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestAgeBech32(t *testing.T) {
	key := fake.New(5).AgeSecretKey()
	vcsWant(t, "valid", vcsCheck(t, "age-bech32", key), true, "", "")
	i := len(key) - 10
	swapped := key[:i] + map[bool]string{true: "Q", false: "P"}[key[i] != 'Q'] + key[i+1:]
	vcsWant(t, "changed character", vcsCheck(t, "age-bech32", swapped), false, "", "")
	vcsWant(t, "truncated", vcsCheck(t, "age-bech32", key[:len(key)-2]), false, "", "")
	vcsWant(t, "not bech32", vcsCheck(t, "age-bech32", key[:20]+"B"+key[21:]), false, "", "")
}
