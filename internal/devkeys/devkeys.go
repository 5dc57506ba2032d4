// Package devkeys derives the published development private keys of
// Hardhat and Anvil, Ganache and truffle from the public mnemonics their
// documentation prints, for tests: the rules package checks that its
// list of those keys is right, and the rules' cases plant them.
package devkeys

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"sync"
)

// secp256k1 is the curve y² = x³ + 7 over the field of p, with base point g.
var secp256k1 = struct{ p, n, gx, gy *big.Int }{
	p:  hexInt("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
	n:  hexInt("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
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
	return child.Add(child, k).Mod(child, secp256k1.n), sum[32:]
}

// Derive returns the first n Ethereum account keys of mnemonic, in hex
// without 0x: BIP 39's seed of the phrase (no passphrase), then BIP 32
// along m/44'/60'/0'/0/i.
func Derive(mnemonic string, n int) ([]string, error) {
	seed, err := pbkdf2.Key(sha512.New, mnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("derive keys: %w", err)
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
	return keys, nil
}

// Mnemonic is a development tool's public mnemonic and how many of its
// keys the tool prints.
type Mnemonic struct {
	Words string
	N     int
}

// Mnemonics are the public mnemonics of Hardhat and Anvil (first),
// Ganache (--deterministic) and truffle develop.
func Mnemonics() []Mnemonic {
	return []Mnemonic{
		{strings.Repeat("test ", 11) + "junk", 20},
		{strings.Join([]string{"myth", "like", "bonus", "scare", "over", "problem", "client", "lizard", "pioneer", "submit", "female", "collect"}, " "), 10},
		{strings.Join([]string{"candy", "maple", "cake", "sugar", "pudding", "cream", "honey", "rich", "smooth", "crumble", "sweet", "treat"}, " "), 10},
	}
}

// hardhat holds Hardhat's twenty default account keys, derived once.
var hardhat = sync.OnceValues(func() ([]string, error) { return Derive(Mnemonics()[0].Words, Mnemonics()[0].N) })

// Hardhat returns Hardhat's i-th default account key (i < 20), 0x and hex.
func Hardhat(i int) string {
	keys, err := hardhat()
	if err != nil {
		panic(err) // pbkdf2 fails only on parameters a FIPS mode refuses, and these are constant
	}
	return "0x" + keys[i]
}
