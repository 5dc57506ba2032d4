package verify

import (
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// BenchmarkVerify1000 verifies 1,000 findings (distinct secrets) against
// a loopback server that answers each request after 50 ms, and reports
// the largest number of requests in flight at once, overall and for one
// provider. "one-provider" puts every finding on GitHub (bounded by the
// per-provider cap of 4); "all-providers" spreads them over every HTTP
// provider (bounded by the 32 workers).
//
//	go test ./verify -run '^$' -bench Verify1000 -benchtime 1x -count 5
func BenchmarkVerify1000(b *testing.B) {
	specs := httpSpecs()
	g := fake.New(99)
	for _, mode := range []string{"one-provider", "all-providers"} {
		b.Run(mode, func(b *testing.B) {
			var mu sync.Mutex
			inflight, peak := map[string]int{}, map[string]int{}
			total, peakTotal := 0, 0
			_, ctx := startProviders(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				inflight[r.Host]++
				total++
				peak[r.Host] = max(peak[r.Host], inflight[r.Host])
				peakTotal = max(peakTotal, total)
				mu.Unlock()
				time.Sleep(50 * time.Millisecond)
				mu.Lock()
				inflight[r.Host]--
				total--
				mu.Unlock()
				w.WriteHeader(http.StatusUnauthorized)
			}))
			for b.Loop() {
				res := &findings.Result{}
				for i := range 1000 {
					s := specs[0]
					if mode == "all-providers" {
						s = specs[i%len(specs)]
					} else {
						s = specs[slicesIndex(specs, "GitHub")]
					}
					res.Findings = append(res.Findings, findings.Finding{Rule: s.Rules[0], File: fmt.Sprint("f", i), Secret: sampleSecret(g, s.Rules[0])})
				}
				opts := loopbackOpts()
				opts.Budget = 10 * time.Minute
				sum := Run(ctx, res, opts)
				if sum.Invalid != 1000 {
					b.Fatalf("summary %+v", sum)
				}
			}
			maxHost := 0
			for _, n := range peak {
				maxHost = max(maxHost, n)
			}
			b.ReportMetric(float64(peakTotal), "max-inflight")
			b.ReportMetric(float64(maxHost), "max-inflight/provider")
		})
	}
}

func slicesIndex(specs []*httpSpec, provider string) int {
	for i, s := range specs {
		if s.Provider == provider {
			return i
		}
	}
	return 0
}
