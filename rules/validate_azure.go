package rules

import (
	"encoding/base64"
	"encoding/binary"
	"math/bits"
	"net/url"
	"slices"
	"strings"
)

// checkAzureSASSignature accepts a SAS `sig` value that URL-decodes and
// base64-decodes to the 32 bytes of an HMAC-SHA256.
func checkAzureSASSignature(secret []byte) Check {
	s, err := url.QueryUnescape(strings.ReplaceAll(string(secret), "+", "%2B"))
	if err != nil {
		return Check{}
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	return Check{OK: err == nil && len(raw) == 32}
}

// marvin32 is Microsoft's Marvin32 hash (as in .NET's System.Marvin),
// returning p1<<32 | p0. Azure's identifiable keys and Entra client
// secrets carry a Marvin32 checksum seeded per key kind.
func marvin32(seed uint64, data []byte) uint64 {
	p0, p1 := uint32(seed), uint32(seed>>32)
	for len(data) >= 4 {
		p0 += binary.LittleEndian.Uint32(data)
		p0, p1 = marvinBlock(p0, p1)
		data = data[4:]
	}
	final := uint32(0x80)
	for i := len(data) - 1; i >= 0; i-- {
		final = final<<8 | uint32(data[i])
	}
	p0 += final
	p0, p1 = marvinBlock(p0, p1)
	p0, p1 = marvinBlock(p0, p1)
	return uint64(p1)<<32 | uint64(p0)
}

// marvinBlock is Marvin's mixing round.
func marvinBlock(p0, p1 uint32) (uint32, uint32) {
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 20)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 9)
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 27)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 19)
	return p0, p1
}

// marvin32Fold is the 32-bit checksum Microsoft derives from marvin32.
func marvin32Fold(seed uint64, data []byte) uint32 {
	h := marvin32(seed, data)
	return uint32(h>>32) ^ uint32(h)
}

// Entra ID (Azure AD) client secret checksum, from Microsoft's public
// security-utilities: a "8Q~" secret ends with the first three characters
// of the Marvin32 checksum of the rest, written big-endian in the secret
// alphabet and left-padded to six characters.
const (
	entraSecretAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~"
	entraChecksumSeed   = 0x4161645077643030 // "AadPwd00"
	entraSecretLength   = 40
)

// checkEntraClientSecret verifies the checksum of a current ("8Q~")
// Entra client secret.
func checkEntraClientSecret(secret []byte) Check {
	if len(secret) != entraSecretLength || string(secret[3:6]) != "8Q~" {
		return Check{}
	}
	body, sum := secret[:len(secret)-3], string(secret[len(secret)-3:])
	want := encodeAlphabet(marvin32Fold(entraChecksumSeed, body), entraSecretAlphabet, 6)
	return Check{OK: want[:3] == sum}
}

// azureKeySeeds maps the signature of an Azure identifiable key (four
// base64 characters before the checksum) to the Marvin32 seeds its
// service uses, as published in Microsoft's security-utilities.
var azureKeySeeds = map[string][]uint64{
	"+ASt": {0x44656661756c7430},                                         // Storage
	"+ASb": azureMessagingSeeds,                                          // Service Bus
	"+AEh": azureMessagingSeeds,                                          // Event Hubs
	"+ARm": azureMessagingSeeds,                                          // Relay
	"ACDb": azureCosmosSeeds,                                             // Cosmos DB
	"AzCa": {0x4163636573733030},                                         // Cache for Redis
	"AIoT": {0x496f544875623030, 0x4470734b65793030, 0x4465766963653030}, // IoT Hub, DPS, device
	"+ABa": {0x4162416363743030},                                         // Batch
	"+ACR": {0x41435244666c7430},                                         // Container Registry
	"APIM": {0x54656e616e743030, 0x496f544875623030, 0x4761746577793030, 0x4769744b65793030},
	"AZEG": {0x44656661756c7430, 0x53656e6452656376},                     // Event Grid ("Default0"; "SendRecv" in later security-utilities)
	"+AMC": {0x436c617373696330},                                         // ML Studio (classic) web service
	"AzSe": {0x5175657279303030, 0x5041646d696e3030},                     // AI Search query, admin
	"AzFu": {0x46756e6374693030, 0x4d61737465723030, 0x53797374656d3030}, // Functions function, master, system
}

// azureCosmosSeeds are Cosmos DB's key kinds: master and system
// read-only and read-write keys, system-all, resource and data encryption
// keys ("MastRO00", "MastRW00", "SysAll00", "SystRO00", "SystRW00",
// "Resour00", "Encryp00").
var azureCosmosSeeds = []uint64{0x4d617374524f3030, 0x4d61737452573030, 0x537973416c6c3030,
	0x53797374524f3030, 0x5379737452573030, 0x5265736f75723030, 0x456e637279703030}

var azureMessagingSeeds = []uint64{0x53656e6430303030, 0x4c697374656e3030, 0x4d616e6167653030, 0x53797374656d3030}

// azureIdentifiable reports whether key is a base64 Azure identifiable
// key: a known signature just before the last six encoded characters and
// a last four bytes that are the Marvin32 checksum of the rest. Function
// keys are URL-safe base64, read here as standard base64.
func azureIdentifiable(key string) bool {
	key = base64URLToStd.Replace(key)
	trimmed := strings.TrimRight(key, "=")
	if len(trimmed) < 10 {
		return false
	}
	signature := trimmed[len(trimmed)-10 : len(trimmed)-6]
	seeds, ok := azureKeySeeds[signature]
	if !ok {
		return false
	}
	if signature == azureRedisSignature {
		return azureRedisKeyVerifies(key, seeds)
	}
	return azureChecksumOK(key, seeds)
}

// azureChecksumOK reports whether the last four bytes of the base64 key
// are the Marvin32 checksum of the rest under one of seeds.
func azureChecksumOK(key string, seeds []uint64) bool {
	raw, err := base64.StdEncoding.DecodeString(key)
	if err != nil || len(raw) < 8 {
		return false
	}
	body, sum := raw[:len(raw)-4], binary.LittleEndian.Uint32(raw[len(raw)-4:])
	return slices.ContainsFunc(seeds, func(seed uint64) bool { return marvin32Fold(seed, body) == sum })
}

// checkAzureIdentifiableKey accepts an Azure identifiable key whose
// checksum verifies.
func checkAzureIdentifiableKey(secret []byte) Check {
	return Check{OK: azureIdentifiable(string(secret))}
}

// checkAzureUnidentifiableKey accepts an Azure key that is not a valid
// identifiable key, which the azure-identifiable-key rule reports instead.
func checkAzureUnidentifiableKey(secret []byte) Check {
	return Check{OK: !azureIdentifiable(string(secret))}
}
