package refuge

import (
	"crypto/rand"
	"strings"
	"testing"

	"filippo.io/age"
	"golang.org/x/crypto/curve25519"
)

// TestRecipientFromKey: the string made from a registry's bytes32 is the recipient age itself
// derives from the matching secret key, and RecipientKey gives the bytes back.
func TestRecipientFromKey(t *testing.T) {
	for range 20 {
		var scalar [32]byte
		rand.Read(scalar[:])
		pub, err := curve25519.X25519(scalar[:], curve25519.Basepoint)
		if err != nil {
			t.Fatal(err)
		}
		id, err := age.ParseX25519Identity(strings.ToUpper(bech32Encode("age-secret-key-", scalar[:])))
		if err != nil {
			t.Fatal(err)
		}
		var key [32]byte
		copy(key[:], pub)
		if got, want := RecipientFromKey(key), id.Recipient().String(); got != want {
			t.Fatalf("recipient %s, age says %s", got, want)
		}
		back, err := RecipientKey(id.Recipient().String())
		if err != nil || back != key {
			t.Fatalf("RecipientKey: %x, %v; want %x", back, err, key)
		}
	}
	for _, bad := range []string{"", "age1", "age1qqqq", "AGE1Qpzry9x8gf2tvdw0s3jn54khce6mua7l", "npub1qqqqqqqqqqqq"} {
		if _, err := RecipientKey(bad); err == nil {
			t.Errorf("RecipientKey(%q) accepted", bad)
		}
	}
}
