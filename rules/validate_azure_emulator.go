package rules

import "crypto/sha256"

// azureEmulatorKeyDigest is the SHA-256 of the account key that the Azure
// Storage Emulator and Azurite accept for devstoreaccount1. Microsoft
// publishes that key in its docs (learn.microsoft.com/azure/storage/common/
// storage-use-azurite#http-connection-strings), so it protects nothing.
var azureEmulatorKeyDigest = [sha256.Size]byte{
	0x00, 0x11, 0xcc, 0x25, 0xeb, 0x43, 0x20, 0x71, 0x74, 0x94, 0xd2, 0x70, 0x3e, 0x8c, 0xba, 0x85,
	0x74, 0x3e, 0x71, 0xb5, 0x00, 0x28, 0x3c, 0x21, 0xc8, 0xb8, 0x81, 0x47, 0x99, 0x2f, 0x90, 0x59,
}

// cosmosEmulatorKeyDigest is the SHA-256 of the single fixed key the Azure
// Cosmos DB emulator accepts; Microsoft publishes it too (learn.microsoft.com/
// azure/cosmos-db/emulator#authentication), and samples and CI configs copy it.
var cosmosEmulatorKeyDigest = [sha256.Size]byte{
	0xaa, 0x65, 0x47, 0x43, 0x95, 0x83, 0xc3, 0xa2, 0x75, 0xd4, 0x54, 0x2a, 0x0d, 0xf6, 0xc1, 0xad,
	0x6a, 0x86, 0x39, 0x71, 0xbe, 0x9f, 0x2a, 0x22, 0x20, 0xf0, 0x27, 0xcc, 0x02, 0xae, 0xf6, 0x15,
}

// azureEmulatorKeyLen is the emulator keys' length (64 bytes in base64).
const azureEmulatorKeyLen = 88

// azureEmulatorKey reports whether key is one of the published emulator
// keys, a stand-in for IsPlaceholder like the sample JWT. Only a key of
// their length is hashed.
func azureEmulatorKey(key []byte) bool {
	if len(key) != azureEmulatorKeyLen {
		return false
	}
	sum := sha256.Sum256(key)
	return sum == azureEmulatorKeyDigest || sum == cosmosEmulatorKeyDigest
}
