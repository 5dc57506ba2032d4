package rules_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// ruleCases are texts generated at test time for one rule: each positive
// must yield a finding of the rule, each negative must yield none.
type ruleCases struct {
	Positives []string
	Negatives []string
}

// caseBuilder builds a rule's cases from a seeded generator.
type caseBuilder func(g *fake.Gen) ruleCases

// minCases is how many positives and negatives every rule must have.
const minCases = 2

// allCases gathers every rule's cases, one map per group of rules.
func allCases(t testing.TB) map[string]caseBuilder {
	all := map[string]caseBuilder{}
	for _, group := range []map[string]caseBuilder{
		cloudCases(), vcsCases(), saasCases(), aiCases(),
		providersABCases(), providersCFCases(), providersGMCases(), providersNRCases(), providersSZCases(),
		genericRuleCases(), credentialCallCases(), longtailCases(), npgapsCases(), peerSampleCases(),
		ghssACases(), ghssBCases(), ggCases(), ai2Cases(), asksCases(), proseCases(), vcheckCases(), thogNewCases(),
		devCases(), secCases(), obsCases(), infraCases(), bizCases(), workCases(),
		web3Cases(), keysCases(), regionalCases(),
		finCases(), mktCases(), crmCases(), hostCases(), cmsCases(),
		idsecCases(), socialCases(), docapiCases(),
		s24moreCases(), s24thogCases(), s24callsCases(), s25ai1Cases(),
		s25ai2Cases(), s25req1Cases(), s25req2Cases(),
		s25gh1Cases(), s25gh2Cases(),
		s25gg1Cases(), s25gg2Cases(), s25Cases(), s26Cases(),
		s26dataCases(),
		s26opsecCases(),
		s26workCases(),
		s26regionalCases(),
		s26commerceCases(),
		s26commsdevCases(),
		s26infraCases(),
		s26geoCases(),
		s26enterpriseCases(),
		s26adsCases(),
		s26cryptoCases(),
		s27fin2Cases(),
		s27ai27Cases(),
		s27peopleCases(),
		s27growthCases(),
		s27hostingCases(),
		s27devqaCases(),
		s27iotCases(),
		s27secopsCases(),
		s27scienceCases(),
		s27retailCases(),
		s27chatCases(),
		s27publicCases(),
		s27asiaCases(),
		s28contentCases(),
		s28devinfraCases(),
		s28dataplatCases(),
		s28ai28Cases(),
		s28pubapiCases(),
		s28identityCases(),
		s28mediaCases(),
		s28genericCases(),
		s28networkCases(),
		s28southCases(),
		s28ciseuCases(),
		s28leftoversCases(),
		s28pubapi2Cases(),
		s29devsecCases(),
		s29aiopsCases(),
		s29telcoCases(),
		s29payworldCases(),
		s29secvendorCases(),
		s29commerceCases(),
		s29datacmsCases(),
		s29filesCases(),
		s29mailaiCases(),
		s29booksCases(),
		s29nocodeCases(),
		s29hrpayCases(),
		s29opsleftCases(),
		s30aimediaCases(),
		s30aitextCases(),
		s30obsCases(),
		s30miscCases(),
		s30databizCases(),
		s30secCases(),
		s30gameiotCases(),
		s30hostingCases(),
		s30logisticsCases(),
		s30healthCases(),
		s30adsCases(),
		s30finCases(),
		s30bizleftCases(),
		s30finleftCases(),
		s30devleftCases(),
		s30iotleftCases(),
		s30toysCases(),
		s30marketCases(),
		s30asiaCases(),
		s31devciCases(),
		s31commshrCases(),
		s31aiinfraCases(),
		s31identCases(),
		s31dataCases(),
		s31secopsCases(),
		s31fintech2Cases(),
		s31obs2Cases(),
		s31commerce2Cases(),
		s32energyCases(),
		s32eduCases(),
		s32mixedCases(),
		s32eufinCases(),
		s32travelCases(),
		s32mktgCases(),
		s32crmacctCases(),
		s32supportCases(),
		s33docgenCases(),
	} {
		for id := range group {
			if _, dup := all[id]; dup {
				t.Fatalf("cases for rule %q are defined twice", id)
			}
		}
		maps.Copy(all, group)
	}
	// more cases of rules widened after their own table was written
	for _, group := range []map[string]caseBuilder{ghssAWidenedCases(), asksWidenedCases(), thogExtraCases(), ggWidenedCases(),
		s24moreWidenedCases(), s24glblWidenedCases(), s24thogWidenedCases(), s24callsWidenedCases(),
		s24fpWidenedCases(),
		s24fp2WidenedCases(), s25req2WidenedCases(), s26WidenedCases(),
		s27retailWidenedCases(),
		s29nocodeWidenedCases(), s29filesWidenedCases(), s30aimediaWidenedCases(),
		s32eufinWidenedCases(),
		s32travelWidenedCases(),
		s32hrWidenedCases(),
		s32mktgWidenedCases(),
		s32crmacctWidenedCases(),
		s32supportWidenedCases(),
		s33docgenWidenedCases(),
	} {
		for id, more := range group {
			base, ok := all[id]
			if !ok {
				t.Fatalf("more cases for rule %q, which has none of its own", id)
			}
			all[id] = withCases(base, more)
		}
	}
	return all
}

// loadDefault returns ../rules.toml, the embedded default ruleset,
// compiled once for the whole test binary: a Ruleset is immutable and
// safe for concurrent use, so the tests share it.
func loadDefault(t testing.TB) *rules.Ruleset {
	t.Helper()
	rs, err := sharedDefault()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// sharedDefault compiles the default ruleset on its first call.
var sharedDefault = sync.OnceValues(func() (*rules.Ruleset, error) {
	cfg, err := sharedDefaultConfig()
	if err != nil {
		return nil, err
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		return nil, fmt.Errorf("compile: %w", err)
	}
	return rs, nil
})

// sharedDefaultConfig parses the default ruleset on its first call. A
// Config is only read once parsed.
var sharedDefaultConfig = sync.OnceValues(func() (*rules.Config, error) {
	data, err := os.ReadFile(filepath.Join("..", "rules.toml"))
	if err != nil {
		return nil, err
	}
	cfg, err := rules.ParseDefault("rules.toml", data)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return cfg, nil
})

func ruleIDs(ms []rules.Match) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Rule.ID)
	}
	return ids
}

// TestEveryRuleHasCases fails when a rule of the default ruleset lacks
// generated positives or negatives, so coverage cannot rot, and checks
// every case against the full ruleset.
func TestEveryRuleHasCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	m := rs.NewMatcher()
	find := func(text []byte) []rules.Match { return sharedFind(m.Find, text) } // shared: shared_cases_test.go
	for _, r := range rs.Rules {
		t.Run(r.ID, func(t *testing.T) {
			build, ok := cases[r.ID]
			if !ok {
				t.Fatalf("rule %s has no test cases", r.ID)
			}
			for seed := uint64(1); seed <= 3; seed++ {
				c, _ := sharedCase(r.ID, seed, build)
				if len(c.Positives) < minCases || len(c.Negatives) < minCases {
					t.Fatalf("rule %s has %d positives and %d negatives; want at least %d of each",
						r.ID, len(c.Positives), len(c.Negatives), minCases)
				}
				checkCasesWith(t, find, r.ID, c)
			}
		})
	}
	for id := range cases {
		if rs.Rule(id) == nil {
			t.Errorf("cases for unknown rule %q", id)
		}
	}
}

func checkCases(t *testing.T, rs *rules.Ruleset, id string, c ruleCases) {
	t.Helper()
	checkCasesWith(t, rs.NewMatcher().Find, id, c)
}

// checkCasesWith is checkCases with the matches find returns.
func checkCasesWith(t *testing.T, find func([]byte) []rules.Match, id string, c ruleCases) {
	t.Helper()
	for _, text := range c.Positives {
		if got := ruleIDs(find([]byte(text))); !slices.Contains(got, id) {
			t.Errorf("positive not found by %s (found %v) in:\n%s", id, got, indent(text))
		}
	}
	for _, text := range c.Negatives {
		if got := ruleIDs(find([]byte(text))); slices.Contains(got, id) {
			t.Errorf("negative found by %s in:\n%s", id, indent(text))
		}
	}
}

func indent(s string) string {
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// plusPositives adds positives to the cases build makes.
func plusPositives(build caseBuilder, more func(g *fake.Gen) []string) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		c := build(g)
		c.Positives = append(c.Positives, more(g)...)
		return c
	}
}
