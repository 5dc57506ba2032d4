package rules

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
)

// The published development keys, derived here from the public mnemonics
// the tools' documentation prints (BIP 39 seed, BIP 32 along
// m/44'/60'/0'/0/i), so the digests in validate_web3.go are checked
// rather than trusted.

// secp256k1 is the curve y² = x³ + 7 over the field of p, with base point g.
var secp256k1 = struct{ p, gx, gy *big.Int }{
	p:  hexInt("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
	gx: hexInt("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
	gy: hexInt("483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"),
}

func hexInt(s string) *big.Int { n, _ := new(big.Int).SetString(s, 16); return n }

// point is an affine point of secp256k1; nil x is the point at infinity.
type point struct{ x, y *big.Int }

func addPoints(a, b point) point {
	p := secp256k1.p
	if a.x == nil {
		return b
	}
	if b.x == nil {
		return a
	}
	var l *big.Int
	if a.x.Cmp(b.x) == 0 {
		if new(big.Int).Add(a.y, b.y).Mod(new(big.Int).Add(a.y, b.y), p).Sign() == 0 {
			return point{}
		}
		num := new(big.Int).Mul(big.NewInt(3), new(big.Int).Mul(a.x, a.x))
		l = num.Mul(num, new(big.Int).ModInverse(new(big.Int).Lsh(a.y, 1), p))
	} else {
		num := new(big.Int).Sub(b.y, a.y)
		den := new(big.Int).Sub(b.x, a.x)
		l = num.Mul(num, den.ModInverse(den.Mod(den, p), p))
	}
	l.Mod(l, p)
	x := new(big.Int).Mul(l, l)
	x.Sub(x, a.x).Sub(x, b.x).Mod(x, p)
	y := new(big.Int).Sub(a.x, x)
	y.Mul(y, l).Sub(y, a.y).Mod(y, p)
	return point{x, y}
}

// compressedPublicKey is the SEC1 compressed public key of private key k.
func compressedPublicKey(k *big.Int) []byte {
	r, q := point{}, point{secp256k1.gx, secp256k1.gy}
	for i := range k.BitLen() {
		if k.Bit(i) == 1 {
			r = addPoints(r, q)
		}
		q = addPoints(q, q)
	}
	return append([]byte{byte(2 + r.y.Bit(0))}, r.x.FillBytes(make([]byte, 32))...)
}

// childKey is BIP 32's CKDpriv.
func childKey(k *big.Int, chain []byte, i uint32) (*big.Int, []byte) {
	var data []byte
	if i >= 1<<31 {
		data = append([]byte{0}, k.FillBytes(make([]byte, 32))...)
	} else {
		data = compressedPublicKey(k)
	}
	data = append(data, byte(i>>24), byte(i>>16), byte(i>>8), byte(i))
	mac := hmac.New(sha512.New, chain)
	mac.Write(data)
	sum := mac.Sum(nil)
	child := new(big.Int).SetBytes(sum[:32])
	return child.Add(child, k).Mod(child, secp256k1Order), sum[32:]
}

// devKeys derives the first n Ethereum account keys of mnemonic, in hex.
func devKeys(t testing.TB, mnemonic string, n int) []string {
	seed, err := pbkdf2.Key(sha512.New, mnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		t.Fatal(err)
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k, chain := new(big.Int).SetBytes(sum[:32]), sum[32:]
	for _, i := range []uint32{44 | 1<<31, 60 | 1<<31, 1 << 31, 0} {
		k, chain = childKey(k, chain, i)
	}
	keys := make([]string, n)
	for i := range n {
		child, _ := childKey(k, chain, uint32(i))
		keys[i] = hex.EncodeToString(child.FillBytes(make([]byte, 32)))
	}
	return keys
}

// devMnemonics are the public mnemonics of Hardhat and Anvil, Ganache
// (--deterministic) and truffle develop, with how many keys of each
// publishedDevKeys holds.
func devMnemonics() []struct {
	words string
	n     int
} {
	return []struct {
		words string
		n     int
	}{
		{strings.Repeat("test ", 11) + "junk", 20},
		{strings.Join([]string{"myth", "like", "bonus", "scare", "over", "problem", "client", "lizard", "pioneer", "submit", "female", "collect"}, " "), 10},
		{strings.Join([]string{"candy", "maple", "cake", "sugar", "pudding", "cream", "honey", "rich", "smooth", "crumble", "sweet", "treat"}, " "), 10},
	}
}

// HardhatDevKey returns Hardhat's i-th default account key (i < 20), 0x
// and hex, for the cases of rules_test; derived once.
func HardhatDevKey(t testing.TB, i int) string { return "0x" + hardhatKeys(t)[i] }

var hardhatOnce sync.Once
var hardhatList []string

func hardhatKeys(t testing.TB) []string {
	hardhatOnce.Do(func() { hardhatList = devKeys(t, devMnemonics()[0].words, 20) })
	return hardhatList
}

func TestPublishedDevKeysDerive(t *testing.T) {
	t.Parallel()
	var want []string
	for _, m := range devMnemonics() {
		keys := devKeys(t, m.words, m.n)
		if m.n == 20 {
			keys = hardhatKeys(t)
		}
		for _, k := range keys {
			sum := sha256.Sum256([]byte(k))
			want = append(want, hex.EncodeToString(sum[:]))
			if checkEVMPrivateKey([]byte("0x" + k)).OK {
				t.Errorf("development key %d of %.10s... is not turned down", len(want)-1, m.words)
			}
		}
		words := strings.Fields(m.words)
		sum := sha256.Sum256([]byte(m.words))
		if !bip39Checks(words) || !slices.Contains(sampleMnemonics, hex.EncodeToString(sum[:])) {
			t.Errorf("%.10s...: not a valid mnemonic listed in sampleMnemonics", m.words)
		}
	}
	if !slices.Equal(want, publishedDevKeys) {
		t.Errorf("publishedDevKeys differ from the keys derived from the mnemonics")
	}
}
