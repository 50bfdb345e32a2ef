package refuge

import (
	"testing"

	"filippo.io/age"
)

// TestRecipientKeyRoundTrip: a recipient age made goes to the registry's bytes32 and back
// unchanged, so a guardian set read from chain names the keys its guardians hold.
func TestRecipientKeyRoundTrip(t *testing.T) {
	for range 20 {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		key, err := RecipientKey(id.Recipient().String())
		if err != nil {
			t.Fatal(err)
		}
		if got := RecipientFromKey(key); got != id.Recipient().String() {
			t.Fatalf("round trip %s -> %x -> %s", id.Recipient(), key, got)
		}
	}
	for _, bad := range []string{"", "age1", "age1qqqq", "npub1qqqqqqqqqqqq"} {
		if _, err := RecipientKey(bad); err == nil {
			t.Errorf("RecipientKey(%q) accepted", bad)
		}
	}
}
