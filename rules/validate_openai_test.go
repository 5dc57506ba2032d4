package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckOpenAIMarker(t *testing.T) {
	g := fake.New(7)
	marker := fake.Join("T3Blb", "kFJ")
	runValidatorCases(t, checkOpenAIMarker, []validatorCase{
		{"legacy", g.OpenAIKey(""), true},
		{"project", g.OpenAIKey("proj"), true},
		{"service account", g.OpenAIKey("svcacct"), true},
		{"admin", g.OpenAIKey("admin"), true},
		{"legacy marker off centre", g.OpenAIKeyMisplaced(""), false},
		{"project marker off centre", g.OpenAIKeyMisplaced("proj"), false},
		{"no marker", fake.Join("sk", "-", g.Alnum(48)), false},
		{"legacy with dash", fake.Join("sk", "-", g.Alnum(19), "-", marker, g.Alnum(20)), false},
		{"not sk", fake.Join("pk", "-", g.Alnum(20), marker, g.Alnum(20)), false},
		// a key named after its service account: sk-<name>-<20>marker<20>
		{"named service account", fake.Join("sk", "-", "billing-worker-", g.Alnum(20), marker, g.Alnum(20)), true},
		{"named, short after", fake.Join("sk", "-", "billing-worker-", g.Alnum(20), marker, g.Alnum(19)), false},
		{"named, no dash before", fake.Join("sk", "-", "billing_worker", g.Alnum(20), marker, g.Alnum(20)), false},
		{"named, symbol in name", fake.Join("sk", "-", "billing.worker-", g.Alnum(20), marker, g.Alnum(20)), false},
	})
}
