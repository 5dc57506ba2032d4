package cli

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

// fingerprintKey loads the baseline flags name into opts and picks the
// salt the run's fingerprints are keyed with: the baseline's, so that its
// fingerprints match and the new report can replace it; a new random one
// with --new-salt (for a baseline about to be committed, so that no table
// computed for keysieve's salt applies to it); else keysieve's fixed salt,
// so that fingerprints stay the same from run to run (SARIF alert
// tracking, merged shard reports, baselines made on another machine). A baseline with plain fingerprints (from before keyed ones) still
// works, with a warning on how to replace it.
func fingerprintKey(flags *commonFlags, opts *scan.Options, stderr io.Writer) error {
	var salt []byte
	if flags.baseline != "" {
		b, err := report.LoadBaseline(flags.baseline)
		if err != nil {
			return err
		}
		opts.Baseline, opts.BaselinePlain, salt = b.Fingerprints, b.Plain, b.Salt
		if b.Plain && !flags.quiet {
			fmt.Fprintf(stderr, "keysieve: warning: baseline %s has plain SHA-256 fingerprints, which can be brute-forced offline for weak secrets; "+
				"replace it with a new one (keysieve scan --format json --output FILE, without --baseline; docs/json.md)\n", report.Escape(flags.baseline))
		}
	}
	if salt == nil && !flags.newSalt {
		salt = defaultSalt()
	}
	if salt == nil {
		salt = make([]byte, scan.SaltLen)
		if _, err := rand.Read(salt); err != nil {
			return fmt.Errorf("fingerprint salt: %w", err)
		}
	}
	opts.FingerprintSalt = salt
	flags.salt = hex.EncodeToString(salt)
	return nil
}

// defaultSalt is keysieve's fixed fingerprint salt: public, so it only
// spares stable fingerprints the cost of a baseline; the hash being slow
// is what makes guessing a weak secret from a fingerprint costly.
func defaultSalt() []byte {
	sum := sha256.Sum256([]byte("keysieve fingerprint salt, scheme " + findings.FingerprintScheme))
	return sum[:scan.SaltLen]
}
