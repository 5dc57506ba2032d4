// Package rulecases holds the test cases of the default ruleset: for
// every rule, texts built at test time from a seeded generator
// (internal/fake) that the rule must find (positives) and must not
// (negatives). No token-shaped literal is written here: every value is
// generated, or joined from parts, so that keysieve scanning this
// repository finds nothing.
//
// The rules package's tests and the accuracy package's (every rule
// against every other rule's cases, the breadth corpus) share them.
package rulecases

import (
	"fmt"
	"maps"

	"github.com/keysieve/keysieve/internal/fake"
)

// Cases are texts generated for one rule: each positive must yield a
// finding of the rule, each negative must yield none.
type Cases struct {
	Positives []string
	Negatives []string
}

// Builder builds a rule's cases from a seeded generator.
type Builder func(g *fake.Gen) Cases

// MinCases is how many positives and negatives every rule must have.
const MinCases = 2

// All returns every rule's case builder, by rule id. It fails when two
// groups define cases for one rule, or a group adds cases to a rule that
// has none of its own.
func All() (map[string]Builder, error) {
	all := map[string]Builder{}
	for _, group := range []map[string]Builder{
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
		s33seoCases(),
		s33kycCases(),
		s33eventsCases(),
		s34hospitalityCases(),

		s34taxcompCases(),

		s34realtyCases(),

		s34podcastCases(),

		s34autodnsCases(),

		s34taxleftCases(),

		s34aisweepCases(),

		s34market2Cases(),

		s34support2Cases(),

		s34fieldopsCases(),

		s34devhostCases(),

		s34dataopsCases(),

		s34pay2Cases(),
		s35payleftCases(),
		s36dataCases(),
		s36commsCases(),
		s36cloudCases(),
		s35logistics2Cases(),
		s35cexleftCases(),
		s35homelabCases(),
		s35selfhostopsCases(),
		s35china2Cases(),

		s35cexworldCases(),
		s35cexasiaCases(),
		s35govopenCases(),
		s35marketplacesCases(),
		s35healthbuildCases(),
		s35logisticsCases(),
		s36genericCases(),
		s36aiCases(),
		s36devtoolsCases(),
		s36saasCases(),
		s36web3Cases(),
		s36commerceCases(),
	} {
		for id := range group {
			if _, dup := all[id]; dup {
				return nil, fmt.Errorf("cases for rule %q are defined twice", id)
			}
		}
		maps.Copy(all, group)
	}
	// more cases of rules widened after their own table was written
	for _, group := range []map[string]Builder{ghssAWidenedCases(), asksWidenedCases(), thogExtraCases(), ggWidenedCases(),
		s24moreWidenedCases(), s24glblWidenedCases(), s24thogWidenedCases(), s24callsWidenedCases(),
		s24fpWidenedCases(), s35fpWidenedCases(), s36genericWidenedCases(),
		s24fp2WidenedCases(), s25req2WidenedCases(), s26WidenedCases(),
		s27retailWidenedCases(),
		s29nocodeWidenedCases(), s29filesWidenedCases(), s30aimediaWidenedCases(),
		s32eufinWidenedCases(),
		s32travelWidenedCases(),
		s32hrWidenedCases(),
		s32mktgWidenedCases(),
		s32crmacctWidenedCases(),
		s32supportWidenedCases(),
		s34hospitalityWidenedCases(),
		s33docgenWidenedCases(),
		s33seoWidenedCases(),
		s33kycWidenedCases(),
		s33eventsWidenedCases(),
		s35marketplacesWidenedCases(),
		s36commsWidenedCases(),
		s36aiWidenedCases(), s36aiZigbeeCases(),
		s36devtoolsWidenedCases(),
		s36saasWidenedCases(),
		s36dataWidenedCases(),
		s36web3WidenedCases(),
		s36commerceWidenedCases(),
	} {
		for id, more := range group {
			base, ok := all[id]
			if !ok {
				return nil, fmt.Errorf("more cases for rule %q, which has none of its own", id)
			}
			all[id] = withCases(base, more)
		}
	}
	return all, nil
}

// plusPositives adds positives to the cases build makes.
func plusPositives(build Builder, more func(g *fake.Gen) []string) Builder {
	return func(g *fake.Gen) Cases {
		c := build(g)
		c.Positives = append(c.Positives, more(g)...)
		return c
	}
}

// Helpers the rules package's own tests build texts with; HumanPassword,
// URLPassword, Passphrase and GeneratedLetters are in generic_rules.go.

// HumanWords are the capitalised words human passwords are built from.
func HumanWords() []string { return humanWords }

// RSAKeyPEM is the process's RSA test key as a PKCS #1 PEM block
// (generated once; see newVCSKeys).
func RSAKeyPEM() string { return newVCSKeys().pkcs1() }
