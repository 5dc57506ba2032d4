package rules

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// Regex budgets. A config comes from the scanned repository, which may be
// hostile, and Go's regexp expands counted repeats when it compiles: a
// 1 MB file of 500-way alternations of x{1000} once compiled to gigabytes
// before any byte was scanned. Every regex is therefore parsed (cheap: a
// parse does not expand repeats) and its compiled size estimated before it
// is compiled, and a rule or a ruleset over budget is rejected.
const (
	// maxRegexCost bounds one regex, in estimated program instructions.
	// The largest default rule needs about 2,000.
	maxRegexCost = 20_000
	// maxTotalRegexCost bounds every regex of a ruleset together (rules
	// and allowlists). The estimate counts high (about twice the compiled
	// size); the default ruleset's is about 650,000, and the cap holds a
	// ruleset's compiled programs near 100 MB.
	maxTotalRegexCost = 4_000_000
)

// regexBudget charges each regex of one Compile against the budgets.
type regexBudget struct {
	spent     int
	exhausted bool
}

// errBudgetSpent is returned for every regex after the one that exhausted
// the total budget, which alone is reported.
var errBudgetSpent = errors.New("regex budget already exhausted")

// compile charges expr against the budgets and compiles it.
func (b *regexBudget) compile(expr string) (*regexp.Regexp, error) {
	_, cost, err := measure(expr)
	if err == nil {
		err = b.charge(cost)
	}
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("%s", regexError(err))
	}
	return re, nil
}

// measure parses expr and estimates its compiled size, failing if it is
// malformed or over the per-regex budget. An expression it accepts always
// compiles.
func measure(expr string) (*syntax.Regexp, int, error) {
	parsed, err := syntax.Parse(expr, parseFlags)
	if err != nil {
		return nil, 0, fmt.Errorf("%s", regexError(err))
	}
	cost := regexCost(parsed, maxRegexCost+1)
	if cost > maxRegexCost {
		return nil, 0, fmt.Errorf("regex too large: it would compile to more than %d instructions (counted repeats multiply their contents)", maxRegexCost)
	}
	return parsed, cost, nil
}

// charge charges a measured regex's cost to the ruleset's total budget.
func (b *regexBudget) charge(cost int) error {
	if b.exhausted {
		return errBudgetSpent
	}
	if b.spent+cost > maxTotalRegexCost {
		b.exhausted = true
		return fmt.Errorf("the ruleset's regexes together would compile to more than %d instructions", maxTotalRegexCost)
	}
	b.spent += cost
	return nil
}

// regexCost estimates, from above, how many instructions re compiles to,
// stopping once the count exceeds limit so that nested repeats cannot
// overflow.
func regexCost(re *syntax.Regexp, limit int) int {
	switch re.Op {
	case syntax.OpLiteral:
		return max(len(re.Rune), 1)
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return 2 + regexCost(re.Sub[0], limit)
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			total += 1 + regexCost(sub, limit)
			if total > limit {
				return total
			}
		}
		return total
	case syntax.OpRepeat:
		copies := re.Max
		if copies < 0 {
			copies = re.Min + 1
		}
		sub := regexCost(re.Sub[0], limit)
		if copies > 0 && sub > limit/copies {
			return limit + 1
		}
		return copies*(sub+1) + 1
	default:
		return 1
	}
}

// truncate returns s cut to at most n bytes on a rune boundary, marked
// with "..." when cut, so that an error never echoes a huge expression.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
