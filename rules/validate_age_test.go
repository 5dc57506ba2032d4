package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestAgeBech32(t *testing.T) {
	key := fake.New(5).AgeSecretKey()
	wantCheck(t, "valid", checkNamed(t, "age-bech32", key), true, "", "")
	i := len(key) - 10
	swapped := key[:i] + map[bool]string{true: "Q", false: "P"}[key[i] != 'Q'] + key[i+1:]
	wantCheck(t, "changed character", checkNamed(t, "age-bech32", swapped), false, "", "")
	wantCheck(t, "truncated", checkNamed(t, "age-bech32", key[:len(key)-2]), false, "", "")
	wantCheck(t, "not bech32", checkNamed(t, "age-bech32", key[:20]+"B"+key[21:]), false, "", "")
}
