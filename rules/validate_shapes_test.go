package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestNotSecretShapesGuards checks each of notSecretShapes' and
// notKeyShapes' byte tests
// against its pattern on random values built from the pieces the patterns
// are made of: a value a pattern matches must pass the pattern's test, or
// checkGenericPassword would skip a shape it turns down. isPathOrURL's
// test is checked the same way.
func TestNotSecretShapesGuards(t *testing.T) {
	pieces := []string{
		"a", "z", "Q", "Zed", "9", "2017", "20130524", "-", "+", "_", ".", "=", "==", "&", "&page=",
		"want", "got", " ", `\`, "x4f", "u12ab", "017", "/", "//", "://", "~/", "./", "C:", "_request",
		"|", ":", ":255", "T", "12:30", "-01", "0x", "0b", "e5", "Key", "Agreement", "?", "!", "jjwt",
		// whole parts of the longer shapes, so that each is matched often
		"2017-01-21", "2017-01-21T12:30", "/20130524/us-east-1/s3/aws4_request", "jjwt-jackson-0.11.2",
		"-0.11.2",
		"P256", ".Key", ".Agreement", "required", "|max:255", "|string",
		"AWS4-HMAC-SHA256", "k8s-coredns.json", ".yaml", "kubernetes.io/e2e-az-name", "group_611676144f01a",
		"svg-clock-circle-svg-0", "-circle", "openai", "==1.0.1", "<0.28", ",<4.0", "[socks]", "classpath:",
		"file:", "ssl/", "service.zip", "use_rsa", "_sha2", ".enabled",
	}
	shapes := append(slices.Clone(notSecretShapes), notKeyShapes...)
	rng := rand.New(rand.NewPCG(3, 4))
	matched := make([]int, len(shapes))
	paths := 0
	for range 60000 {
		s := joinRandomPieces(rng, pieces, 5)
		for i, v := range shapes {
			if v.re.MatchString(s) {
				matched[i]++
				if !v.may(s) {
					t.Fatalf("%q matches %s but fails its byte test", s, v.re)
				}
			}
		}
		full := unixPath.MatchString(s) || strings.Contains(s, "://") || strings.HasPrefix(s, "//") ||
			windowsPath.MatchString(s) || pathUnderWord.MatchString(s)
		if full != isPathOrURL(s) {
			t.Fatalf("isPathOrURL(%q) = %v, its patterns say %v", s, !full, full)
		}
		if full {
			paths++
		}
	}
	for i, n := range matched {
		if n < 20 {
			t.Errorf("only %d random values match %s: the test checks too little", n, shapes[i].re)
		}
	}
	if paths < 20 {
		t.Errorf("only %d random values are paths or URLs", paths)
	}
}
