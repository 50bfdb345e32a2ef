package contracts

import (
	"errors"
	"strings"
	"testing"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/common"
)

func TestAgeRecipientRoundTrip(t *testing.T) {
	for i := 0; i < 20; i++ {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			t.Fatal(err)
		}
		s := id.Recipient().String()
		key, err := ParseAgeRecipient(s)
		if err != nil {
			t.Fatalf("parse %s: %v", s, err)
		}
		if got := FormatAgeRecipient(key); got != s {
			t.Fatalf("format(parse(%s)) = %s", s, got)
		}
	}
	// A key formatted here is a recipient age can encrypt to.
	key := sha("guardian key")
	r, err := age.ParseX25519Recipient(FormatAgeRecipient(key))
	if err != nil {
		t.Fatal(err)
	}
	if r.String() != FormatAgeRecipient(key) {
		t.Fatal("age re-encodes the recipient differently")
	}
}

func TestParseAgeRecipientRejects(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	good := id.Recipient().String()
	flip := func(s string, i int) string {
		b := []byte(s)
		if b[i] == 'q' {
			b[i] = 'p'
		} else {
			b[i] = 'q'
		}
		return string(b)
	}
	for name, s := range map[string]string{
		"empty":            "",
		"upper case":       strings.ToUpper(good),
		"mixed case":       good[:10] + strings.ToUpper(good[10:12]) + good[12:],
		"bad checksum":     flip(good, len(good)-1),
		"bad data":         flip(good, 10),
		"wrong hrp":        "agf" + good[3:],
		"truncated":        good[:len(good)-1],
		"extended":         good + "q",
		"invalid char":     good[:10] + "b" + good[11:],
		"identity":         strings.ToLower(id.String()),
		"zero key":         FormatAgeRecipient(common.Hash{}),
		"non-ascii":        good[:10] + "é" + good[12:],
		"separator absent": "age" + good[4:] + "q",
	} {
		if _, err := ParseAgeRecipient(s); !errors.Is(err, ErrInvalidRecipient) {
			t.Errorf("%s (%q): err %v, want ErrInvalidRecipient", name, s, err)
		}
	}
}
