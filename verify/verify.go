// Package verify asks providers whether leaked credentials still work:
// live verification, opt-in with --verify. It runs after a scan's
// findings are final (never inside the matcher) and only annotates them:
// each finding of a verifiable rule gets a findings.Verification, and a
// valid credential raises the finding's severity one level. Verification
// never adds, drops or changes what was found.
//
// Safety: each distinct credential is checked once per run, with the
// provider's cheapest read-only call at its fixed host; TLS is verified,
// no redirect to another host is followed, proxies from the environment
// are ignored, and every connection refuses loopback, private, link-local
// and metadata addresses (checked on the resolved address) unless
// AllowPrivate. Requests have a timeout, the run a total budget, each
// provider a concurrency cap, and a 429 answer is retried after its
// Retry-After when that fits the budget. No secret appears in any detail,
// identity, error or log line.
package verify

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/keysieve/keysieve/findings"
)

// CheckFunc checks one credential and says what the provider answered.
// It must reach the network only through env.
type CheckFunc func(ctx context.Context, secret string, env *Env) findings.Verification

// Check is how one rule's findings are verified.
type Check struct {
	// Provider names the service; the concurrency cap is per provider.
	Provider string
	// Func makes the check.
	Func CheckFunc
	// Pair, when set, is the rule of a second part the check needs (the
	// AWS secret key for a key id): the nearest finding of that rule in the
	// same file (and commit) supplies it, and Func gets
	// "first\x00second", the key id first.
	Pair string
	// PairFirst says the paired finding's secret is the first part.
	PairFirst bool
	// Credential, when set, derives what Func checks from the finding
	// (a database password's whole connection string, from the line
	// around it); false leaves the finding skipped.
	Credential func(f *findings.Finding) (string, bool)
	// Missing is the skipped detail when Credential finds nothing: what
	// the text around the secret lacks (default: a connection string).
	Missing string
}

// Registry maps rule ids to checks.
type Registry struct {
	checks    map[string]Check
	resolvers []func(rule string) (Check, bool)
}

// NewRegistry returns the built-in checks: the HTTP providers, those
// paired with a value near the secret (nearby.go), AWS and Google Cloud
// service accounts.
func NewRegistry() *Registry {
	r := &Registry{checks: map[string]Check{}}
	for _, s := range httpSpecs() {
		for _, rule := range s.Rules {
			r.Register(rule, Check{Provider: s.Provider, Func: s.check})
		}
	}
	registerNearby(r)
	registerAWS(r)
	registerGCP(r)
	return r
}

// Register sets the check for rule, replacing any.
func (r *Registry) Register(rule string, c Check) { r.checks[rule] = c }

// AddResolver adds a lookup consulted for rules with no registered check
// (a family of rules verified by one package, such as database URIs).
func (r *Registry) AddResolver(fn func(rule string) (Check, bool)) {
	r.resolvers = append(r.resolvers, fn)
}

// Lookup returns the check for rule.
func (r *Registry) Lookup(rule string) (Check, bool) {
	if c, ok := r.checks[rule]; ok {
		return c, true
	}
	for _, fn := range r.resolvers {
		if c, ok := fn(rule); ok {
			return c, true
		}
	}
	return Check{}, false
}

// Rules returns the rule ids with a registered check, sorted.
func (r *Registry) Rules() []string {
	ids := make([]string, 0, len(r.checks))
	for id := range r.checks {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Options configure a verification run.
type Options struct {
	// AllowPrivate lets checks reach loopback, private and link-local
	// addresses (--verify-private).
	AllowPrivate bool
	// Timeout bounds each request (default 10 s).
	Timeout time.Duration
	// Budget bounds the whole run (default 2 min); checks not started by
	// then are skipped.
	Budget time.Duration
	// Concurrency caps the checks in flight per provider (default 4).
	Concurrency int
	// Workers caps the checks in flight in all (default 32).
	Workers int
	// Registry holds the checks (default NewRegistry()).
	Registry *Registry
}

func (o *Options) defaults() {
	o.Timeout = cmp.Or(o.Timeout, 10*time.Second)
	o.Budget = cmp.Or(o.Budget, 2*time.Minute)
	o.Concurrency = max(o.Concurrency, 0)
	o.Concurrency = cmp.Or(o.Concurrency, 4)
	o.Workers = cmp.Or(max(o.Workers, 0), 32)
	if o.Registry == nil {
		o.Registry = NewRegistry()
	}
}

// Summary counts the distinct credentials checked, by verdict.
type Summary struct {
	Checked, Valid, Invalid, Errors, Skipped int
}

// job is one distinct credential to check, and the findings it answers for.
type job struct {
	check    Check
	secret   string
	findings []int
	result   findings.Verification
	// hide are the strings scrubbed from the result: the secret's parts,
	// or, for a credential derived from the finding's context, the
	// finding's secret and the whole credential (whose other values, a
	// user name or a host, may be reported as they are).
	hide []string
}

// Run verifies res's findings in place and returns what it counted.
// Every finding gets a Verification (skipped when its rule has no check).
func Run(ctx context.Context, res *findings.Result, opts Options) Summary {
	opts.defaults()
	jobs := plan(res, opts.Registry)
	env := newEnv(ctx, opts.AllowPrivate, opts.Timeout)
	defer env.Client.CloseIdleConnections()
	bctx, cancel := context.WithTimeout(ctx, opts.Budget)
	defer cancel()
	execute(bctx, jobs, env, opts)
	var sum Summary
	for _, j := range jobs {
		sum.Checked++
		countVerdict(&sum, j.result.Status)
		for _, i := range j.findings {
			apply(&res.Findings[i], j.result)
		}
	}
	return sum
}

func countVerdict(s *Summary, status string) {
	switch status {
	case findings.VerifyValid:
		s.Valid++
	case findings.VerifyInvalid:
		s.Invalid++
	case findings.VerifyError:
		s.Errors++
	default:
		s.Skipped++
	}
}

// apply records v on f and raises f's severity when v is valid.
func apply(f *findings.Finding, v findings.Verification) {
	v.Identity = cloneMap(v.Identity)
	f.Verification = &v
	if v.Status == findings.VerifyValid {
		f.Severity = RaiseSeverity(f.Severity)
	}
}

// RaiseSeverity returns the level above s: low to medium to high to
// critical; critical (and anything unknown) stays.
func RaiseSeverity(s string) string {
	switch s {
	case "low":
		return "medium"
	case "medium":
		return "high"
	case "high":
		return "critical"
	}
	return s
}

func cloneMap(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// plan groups res's findings into distinct credentials to check, and
// marks the rest skipped.
func plan(res *findings.Result, reg *Registry) []*job {
	byKey := map[string]*job{}
	var jobs []*job
	for i := range res.Findings {
		f := &res.Findings[i]
		c, ok := reg.Lookup(f.Rule)
		if !ok {
			f.Verification = &findings.Verification{Status: findings.VerifySkipped, Detail: "no verifier for this rule"}
			continue
		}
		secret := f.Secret
		var hide []string
		if c.Credential != nil {
			cred, ok := c.Credential(f)
			if !ok {
				f.Verification = &findings.Verification{Status: findings.VerifySkipped, Detail: cmp.Or(c.Missing, "no connection string around the secret")}
				continue
			}
			secret, hide = cred, []string{f.Secret, cred}
		}
		if c.Pair != "" {
			other, found := nearest(res.Findings, f, c.Pair)
			if !found {
				f.Verification = &findings.Verification{Status: findings.VerifySkipped, Detail: "no " + c.Pair + " finding in the same file to pair with"}
				continue
			}
			secret = pairSecret(f.Secret, other, c.PairFirst)
		}
		key := c.Provider + "\x00" + secret
		j := byKey[key]
		if j == nil {
			j = &job{check: c, secret: secret, hide: hide}
			if hide == nil {
				j.hide = strings.Split(secret, "\x00")
			}
			byKey[key] = j
			jobs = append(jobs, j)
		}
		j.findings = append(j.findings, i)
	}
	return jobs
}

func pairSecret(own, other string, otherFirst bool) string {
	if otherFirst {
		return other + "\x00" + own
	}
	return own + "\x00" + other
}

// nearest returns the secret of the finding of rule closest to f by line
// in the same file and commit.
func nearest(all []findings.Finding, f *findings.Finding, rule string) (string, bool) {
	best, dist := "", -1
	for i := range all {
		o := &all[i]
		if o.Rule != rule || o.File != f.File || o.GitPart().Commit != f.GitPart().Commit || o.Repository != f.Repository {
			continue
		}
		d := max(o.Line-f.Line, f.Line-o.Line)
		if dist < 0 || d < dist {
			best, dist = o.Secret, d
		}
	}
	return best, dist >= 0
}

// execute runs jobs with at most opts.Workers in flight, and at most
// opts.Concurrency per provider; a job not started before ctx ends is
// skipped.
func execute(ctx context.Context, jobs []*job, env *Env, opts Options) {
	all := make(chan struct{}, opts.Workers)
	perProvider := map[string]chan struct{}{}
	for _, j := range jobs {
		if perProvider[j.check.Provider] == nil {
			perProvider[j.check.Provider] = make(chan struct{}, opts.Concurrency)
		}
	}
	// Jobs are started provider by provider in turn, so that one busy
	// provider does not hold every worker.
	ordered := interleave(jobs)
	var wg sync.WaitGroup
	for _, j := range ordered {
		sem := perProvider[j.check.Provider]
		if !acquire(ctx, all) {
			j.result = notStarted(ctx)
			continue
		}
		if !acquire(ctx, sem) {
			<-all
			j.result = notStarted(ctx)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem; <-all }()
			j.result = runOne(ctx, j, env)
		}()
	}
	wg.Wait()
}

func acquire(ctx context.Context, sem chan struct{}) bool {
	if ctx.Err() != nil {
		return false
	}
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// notStarted is the verdict of a check not started before ctx ended: the
// budget spent, or the run cancelled.
func notStarted(ctx context.Context) findings.Verification {
	if errors.Is(ctx.Err(), context.Canceled) {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "cancelled"}
	}
	return findings.Verification{Status: findings.VerifySkipped, Detail: "verification time budget spent"}
}

// interleave orders jobs round-robin across providers, keeping each
// provider's own order.
func interleave(jobs []*job) []*job {
	var names []string
	queues := map[string][]*job{}
	for _, j := range jobs {
		p := j.check.Provider
		if queues[p] == nil {
			names = append(names, p)
		}
		queues[p] = append(queues[p], j)
	}
	out := make([]*job, 0, len(jobs))
	for len(out) < len(jobs) {
		for _, p := range names {
			if q := queues[p]; len(q) > 0 {
				out = append(out, q[0])
				queues[p] = q[1:]
			}
		}
	}
	return out
}

// runOne runs a check, turning a panic into an error verdict and scrubbing
// the secret (and its parts) from what the check returned.
func runOne(ctx context.Context, j *job, env *Env) (v findings.Verification) {
	defer func() {
		if r := recover(); r != nil {
			v = findings.Verification{Status: findings.VerifyError, Detail: "check failed"}
		}
		v = scrub(v, j.hide)
	}()
	return j.check.Func(ctx, j.secret, env)
}

// scrub removes every one of parts longer than 3 characters from v's
// detail and identity, as a last line of defence.
func scrub(v findings.Verification, parts []string) findings.Verification {
	clean := func(s string) string {
		for _, p := range parts {
			if len(p) > 3 {
				s = strings.ReplaceAll(s, p, "[redacted]")
			}
		}
		return s
	}
	v.Detail = clean(v.Detail)
	if v.Identity != nil {
		id := make(map[string]string, len(v.Identity))
		for k, val := range v.Identity {
			id[clean(k)] = clean(val)
		}
		v.Identity = id
	}
	if v.Status == "" {
		v.Status = findings.VerifyError
	}
	return v
}

// statusDetail is the detail for an HTTP status.
func statusDetail(code int) string {
	return fmt.Sprintf("HTTP %d", code)
}
