package scan

import (
	"encoding/hex"
	"sync"

	"golang.org/x/crypto/argon2"

	"github.com/keysieve/keysieve/findings"
)

// Keyed fingerprints (findings.FingerprintScheme) are Argon2id (RFC 9106)
// of rule, path and secret with the report's salt, 64 KiB of memory, one
// pass, one lane, 16 bytes. The cost is modest (about half a millisecond a
// fingerprint, once per distinct finding) but makes each guess at a secret
// in a committed baseline cost as much, where plain SHA-256 costs
// nanoseconds. The salt is keysieve's fixed one unless a baseline brings
// its own or --new-salt draws a random one, which rules out tables
// computed in advance (cli/fingerprint.go).

// Argon2id parameters of findings.FingerprintScheme.
const (
	fpTime    = 1
	fpMemory  = 64 // KiB
	fpThreads = 1
	fpLen     = 16
)

// SaltLen is the length of a fingerprint salt in bytes.
const SaltLen = 16

// fingerprinter makes a finding's fingerprints, remembering the keyed
// ones (history meets the same secret at the same path many times).
type fingerprinter struct {
	salt []byte // nil: plain SHA-256 fingerprints (findings.Fingerprint)

	mu    sync.Mutex
	keyed map[string]string // plain fingerprint -> keyed one
}

// fingerprints returns the plain fingerprint of a secret at path for
// rule (findings.Fingerprint) and the one reported: keyed with the salt,
// or the plain one when there is no salt.
func (f *fingerprinter) fingerprints(rule, path string, secret []byte) (plain, reported string) {
	plain = findings.Fingerprint(rule, path, secret)
	if f == nil || f.salt == nil {
		return plain, plain
	}
	f.mu.Lock()
	fp, ok := f.keyed[plain]
	f.mu.Unlock()
	if ok {
		return plain, fp
	}
	fp = KeyedFingerprint(f.salt, rule, path, secret)
	f.mu.Lock()
	f.keyed[plain] = fp
	f.mu.Unlock()
	return plain, fp
}

// KeyedFingerprint is the fingerprint of findings.FingerprintScheme: Argon2id of
// rule, path and secret (each ended by a NUL byte, so that no two inputs
// run together) with salt, in hex.
func KeyedFingerprint(salt []byte, rule, path string, secret []byte) string {
	in := make([]byte, 0, len(rule)+len(path)+len(secret)+2)
	in = append(append(append(append(append(in, rule...), 0), path...), 0), secret...)
	sum := argon2.IDKey(in, salt, fpTime, fpMemory, fpThreads, fpLen)
	clear(in)
	return hex.EncodeToString(sum)
}
