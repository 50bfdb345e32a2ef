package refuge

import (
	"fmt"
	"slices"

	"filippo.io/age"

	"github.com/x0tta6bl4/westworld/contracts"
)

// SetGuardians replaces the guardian set and default threshold of new publishes: what an
// executed GuardianRegistry update decides. Documents already published keep the set their
// manifest names; their shares are where they were.
func (r *Refuge) SetGuardians(gs []GuardianInfo, threshold int) error {
	if len(gs) > MaxGuardians {
		return fmt.Errorf("refuge: %d guardians, at most %d", len(gs), MaxGuardians)
	}
	if threshold < 1 || threshold > len(gs) {
		return fmt.Errorf("refuge: threshold %d with %d guardians: %w", threshold, len(gs), ErrBadThreshold)
	}
	for i, g := range gs {
		if _, err := age.ParseX25519Recipient(g.Recipient); err != nil {
			return fmt.Errorf("refuge: guardian %d: %w", i+1, err)
		}
		if _, err := g.PeerID.ExtractPublicKey(); err != nil {
			return fmt.Errorf("refuge: guardian %d: peer ID %s does not embed its key", i+1, g.PeerID)
		}
	}
	r.mu.Lock()
	r.cfg.Guardians, r.cfg.Threshold = slices.Clone(gs), threshold
	r.mu.Unlock()
	r.log.Info("guardian set replaced", "guardians", len(gs), "threshold", threshold)
	return nil
}

// Guardians is the guardian set and default threshold new publishes use.
func (r *Refuge) Guardians() ([]GuardianInfo, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.cfg.Guardians), r.cfg.Threshold
}

// RecipientFromKey is the age recipient string (age1...) of an X25519 public key, as the
// GuardianRegistry stores it (bytes32).
func RecipientFromKey(key [32]byte) string { return contracts.FormatAgeRecipient(key) }

// RecipientKey is the X25519 public key of an age recipient string: what goes into the
// GuardianRegistry for it.
func RecipientKey(recipient string) ([32]byte, error) {
	k, err := contracts.ParseAgeRecipient(recipient)
	return [32]byte(k), err
}
