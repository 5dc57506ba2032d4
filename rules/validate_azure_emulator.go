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

// azureEmulatorKeyLen is the emulator key's length (64 bytes in base64).
const azureEmulatorKeyLen = 88

// azureEmulatorKey reports whether key is the published emulator key, a
// stand-in for IsPlaceholder like the sample JWT. Only a key of its length
// is hashed.
func azureEmulatorKey(key []byte) bool {
	return len(key) == azureEmulatorKeyLen && sha256.Sum256(key) == azureEmulatorKeyDigest
}
