package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/spf13/pflag"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/verify"
	"github.com/keysieve/keysieve/verify/database"
)

// verifyFlags are the live-verification flags of the scanning commands
// (scan, history, staged; merge when it takes commonFlags).
type verifyFlags struct {
	on          bool
	private     bool
	onlyValid   bool
	timeout     time.Duration
	budget      time.Duration
	concurrency int
}

// Bounds of the verification flags.
const (
	maxVerifyConcurrency = 64
	maxVerifyTimeout     = 5 * time.Minute
	maxVerifyBudget      = 24 * time.Hour
)

func (v *verifyFlags) register(fs *pflag.FlagSet) {
	fs.BoolVar(&v.on, "verify", false, "check each found credential live against its provider (off by default: no network use)")
	fs.BoolVar(&v.private, "verify-private", false, "with --verify, let checks reach loopback, private and link-local addresses")
	fs.BoolVar(&v.onlyValid, "only-valid", false, "with --verify, report only credentials the provider accepted")
	fs.DurationVar(&v.timeout, "verify-timeout", 10*time.Second, "with --verify, time limit of each request")
	fs.DurationVar(&v.budget, "verify-budget", 2*time.Minute, "with --verify, time limit of all the checks; checks not started by then are skipped")
	fs.Var(newIntFlag(&v.concurrency, 4, 1, maxVerifyConcurrency), "verify-concurrency", "with --verify, checks in flight per provider (1-64)")
}

// check refuses verification flags that make no sense.
func (v *verifyFlags) check() error {
	switch {
	case !v.on && (v.private || v.onlyValid):
		return errors.New("--verify-private and --only-valid need --verify")
	case v.timeout <= 0 || v.timeout > maxVerifyTimeout:
		return fmt.Errorf("--verify-timeout must be more than 0 and at most %s", maxVerifyTimeout)
	case v.budget <= 0 || v.budget > maxVerifyBudget:
		return fmt.Errorf("--verify-budget must be more than 0 and at most %s", maxVerifyBudget)
	}
	return nil
}

// runVerify checks res's findings live when --verify asked for it, after
// they are final, then keeps only valid ones under --only-valid. It says
// on stderr (unless --quiet) how many distinct credentials it checked.
func runVerify(ctx context.Context, res *findings.Result, flags *commonFlags, stderr io.Writer) error {
	defer dropContext(res)
	v := &flags.verify
	if err := v.check(); err != nil {
		return err
	}
	if !v.on || ctx.Err() != nil {
		return nil
	}
	sum := verify.Run(ctx, res, verify.Options{
		AllowPrivate: v.private, Timeout: v.timeout, Budget: v.budget, Concurrency: v.concurrency,
		Registry: verifyRegistry(),
	})
	if !flags.quiet {
		fmt.Fprintf(stderr, "keysieve: verified %d distinct credential(s): %d valid, %d invalid, %d error, %d skipped\n",
			sum.Checked, sum.Valid, sum.Invalid, sum.Errors, sum.Skipped)
	}
	if v.onlyValid {
		res.Findings = slices.DeleteFunc(res.Findings, func(f findings.Finding) bool {
			return f.Verification == nil || f.Verification.Status != findings.VerifyValid
		})
	}
	return nil
}

// dropContext forgets the text kept around each secret for the checks
// (Finding.Context, which may hold other secrets in full) once they are
// done, so that no report, not even a --template naming it, can print it.
func dropContext(res *findings.Result) {
	for i := range res.Findings {
		res.Findings[i].Context = ""
	}
}

// verifyRegistry returns the checks --verify runs: the built-in HTTP,
// AWS and Google Cloud checks. Families of rules verified by another
// package (the database URIs of verify/database) are added here with
// Registry.AddResolver.
func verifyRegistry() *verify.Registry {
	reg := verify.NewRegistry()
	reg.AddResolver(databaseCheck)
	return reg
}

// databaseCheck verifies the database rules (whose secret is the
// password) by logging in with the connection string around it.
func databaseCheck(rule string) (verify.Check, bool) {
	kind, ok := database.ForRule(rule)
	if !ok {
		return verify.Check{}, false
	}
	return verify.Check{
		Provider: "database:" + string(kind),
		Credential: func(f *findings.Finding) (string, bool) {
			return database.ConnectionString(kind, f.Context, f.Secret)
		},
		Func: func(ctx context.Context, conn string, env *verify.Env) findings.Verification {
			return database.Check(ctx, kind, conn, database.Options{Dial: env.Dial, Timeout: env.Timeout})
		},
	}, true
}
