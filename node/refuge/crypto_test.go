package refuge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"filippo.io/age"
)

// randomBytes is deterministic per seed, so a failure can be reproduced.
func randomBytes(seed uint64, n int) []byte {
	out := make([]byte, n)
	r := rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 7})
	_, _ = r.Read(out)
	return out
}

// TestEveryThreeOfTenReconstructs splits one secret 3-of-10 and recovers it
// from each of the 120 subsets of three shares.
func TestEveryThreeOfTenReconstructs(t *testing.T) {
	secret := NewSecret()
	want := secret.Key()
	shares, raw, err := secret.Split(3, 10)
	if err != nil {
		t.Fatal(err)
	}
	comm, err := ParseCommitments(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(comm) != 3 {
		t.Fatalf("%d commitments for threshold 3", len(comm))
	}
	subsets := 0
	for i := 0; i < 10; i++ {
		for j := i + 1; j < 10; j++ {
			for k := j + 1; k < 10; k++ {
				got, bad, err := comm.Combine([]Share{shares[k], shares[i], shares[j]})
				if err != nil || len(bad) != 0 {
					t.Fatalf("shares %d,%d,%d: %v (bad %v)", i+1, j+1, k+1, err, bad)
				}
				if !bytes.Equal(got.Key(), want) {
					t.Fatalf("shares %d,%d,%d recover a different key", i+1, j+1, k+1)
				}
				subsets++
			}
		}
	}
	if subsets != 120 {
		t.Fatalf("%d subsets, want 120", subsets)
	}
}

func TestCombineBelowThresholdAndTampered(t *testing.T) {
	secret := NewSecret()
	shares, raw, err := secret.Split(3, 5)
	if err != nil {
		t.Fatal(err)
	}
	comm, _ := ParseCommitments(raw)
	for _, sh := range shares {
		if err := comm.Verify(sh); err != nil {
			t.Fatalf("honest share %d: %v", sh.ID, err)
		}
	}
	tampered := Share{ID: 4, Value: bytes.Clone(shares[3].Value)}
	tampered.Value[0] ^= 1
	wrongID := Share{ID: 5, Value: shares[1].Value} // share 2's value under ID 5

	tests := []struct {
		name    string
		shares  []Share
		wantErr error
		wantBad []string // share IDs named as bad
	}{
		{"two shares", []Share{shares[0], shares[1]}, ErrBelowThreshold, nil},
		{"one share twice", []Share{shares[0], shares[0], shares[0]}, ErrBelowThreshold, nil},
		{"two good one tampered", []Share{shares[0], shares[1], tampered}, ErrBelowThreshold, []string{"share 4"}},
		{"three good one tampered", []Share{tampered, shares[0], shares[1], shares[2]}, nil, []string{"share 4"}},
		{"value moved to another ID", []Share{shares[0], wrongID, shares[2]}, ErrBelowThreshold, []string{"share 5"}},
		{"zero ID", []Share{{ID: 0, Value: shares[0].Value}, shares[1], shares[2], shares[3]}, nil, []string{"share ID 0"}},
		{"not a scalar", []Share{{ID: 1, Value: bytes.Repeat([]byte{0xFF}, 32)}, shares[1], shares[2]}, ErrBelowThreshold, []string{"share 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad, err := comm.Combine(tt.shares)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), "of the 3 needed") {
					t.Fatalf("below-threshold error does not say how many are needed: %v", err)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Key(), secret.Key()) {
					t.Fatal("wrong secret recovered")
				}
			}
			if len(bad) != len(tt.wantBad) {
				t.Fatalf("bad shares %v, want %v", bad, tt.wantBad)
			}
			for i, b := range bad {
				if !errors.Is(b, ErrTamperedShare) || !strings.Contains(b.Error(), tt.wantBad[i]) {
					t.Fatalf("bad share %d: %v, want it to name %q", i, b, tt.wantBad[i])
				}
			}
		})
	}
}

func TestSplitBounds(t *testing.T) {
	s := NewSecret()
	for _, tc := range []struct{ t, n int }{{0, 3}, {4, 3}, {-1, 3}} {
		if _, _, err := s.Split(tc.t, tc.n); !errors.Is(err, ErrBadThreshold) {
			t.Errorf("Split(%d, %d): %v", tc.t, tc.n, err)
		}
	}
	// 1-of-n: every share is the secret itself.
	shares, raw, err := s.Split(1, 3)
	if err != nil {
		t.Fatal(err)
	}
	comm, _ := ParseCommitments(raw)
	for _, sh := range shares {
		got, _, err := comm.Combine([]Share{sh})
		if err != nil || !bytes.Equal(got.Key(), s.Key()) {
			t.Fatalf("1-of-3 share %d: %v", sh.ID, err)
		}
	}
}

func TestEncryptRoundTrip(t *testing.T) {
	key := NewSecret().Key()
	for _, size := range []int{0, 1, 64<<10 - 1, 64 << 10, 64<<10 + 1, 1 << 20, 3<<20 + 17} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			plain := randomBytes(uint64(size), size)
			var ct bytes.Buffer
			w, err := Encrypt(&ct, key)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write(plain); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if size >= 16 && bytes.Contains(ct.Bytes(), plain[:16]) {
				t.Fatal("plaintext visible in the ciphertext")
			}
			r, err := Decrypt(bytes.NewReader(ct.Bytes()), key)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, plain) {
				t.Fatalf("round trip: %d bytes back of %d", len(got), size)
			}
			// Wrong key: refused at the header.
			if _, err := Decrypt(bytes.NewReader(ct.Bytes()), NewSecret().Key()); !errors.Is(err, ErrWrongKey) {
				t.Fatalf("wrong key: %v", err)
			}
			// A flipped bit in the payload fails the read that reaches it;
			// truncation is detected too.
			if size > 0 {
				bad := bytes.Clone(ct.Bytes())
				bad[len(bad)-1] ^= 0x40
				expectReadError(t, bad, key)
				expectReadError(t, ct.Bytes()[:ct.Len()-1], key)
			}
		})
	}
}

func expectReadError(t *testing.T, ct, key []byte) {
	t.Helper()
	r, err := Decrypt(bytes.NewReader(ct), key)
	if err != nil {
		return // refused at the header: fine too
	}
	if _, err := io.ReadAll(r); err == nil {
		t.Fatal("tampered ciphertext decrypted without error")
	}
}

func TestEncryptRefusesExtraRecipients(t *testing.T) {
	// The document key's stanza carries a unique label, so age itself
	// refuses to add any other recipient next to it.
	var buf bytes.Buffer
	_, err := ageEncryptWithExtra(&buf, NewSecret().Key())
	if err == nil {
		t.Fatal("age accepted another recipient next to the document key")
	}
}

func BenchmarkEncrypt(b *testing.B) {
	key := NewSecret().Key()
	data := randomBytes(1, 16<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		w, err := Encrypt(io.Discard, key)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSplitCombine(b *testing.B) {
	s := NewSecret()
	for b.Loop() {
		shares, raw, err := s.Split(3, 10)
		if err != nil {
			b.Fatal(err)
		}
		comm, _ := ParseCommitments(raw)
		if _, _, err := comm.Combine(shares[4:7]); err != nil {
			b.Fatal(err)
		}
	}
}

func ageEncryptWithExtra(w io.Writer, key []byte) (io.WriteCloser, error) {
	other, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	return age.Encrypt(w, keyRecipient{key: key}, other.Recipient())
}
