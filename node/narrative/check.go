package narrative

import (
	"time"
)

// Policy is what evidence checks need of the active charter
// (*charter.Charter implements it).
type Policy interface {
	Allows(metric string) bool
	Forbids(metric string) bool
}

// CheckPolicy rules on a metric: forbidden by the charter, or depending on
// telemetry the charter does not allow. It is the rule for evidence and for
// storyline goals alike.
func CheckPolicy(c Policy, k Kind, metric string) error {
	if c == nil {
		return nil
	}
	if c.Forbids(metric) {
		return reject(ReasonForbidden, "the charter forbids metric %q", metric)
	}
	if b := k.Basis(); b != "" && !c.Allows(b) {
		return reject(ReasonNotAllowed, "%s evidence observes %s, which the charter does not allow", k, b)
	}
	return nil
}

// Check rules on one decoded item at time now, without looking at any
// store: the signature, who signed it about whom, its age, its metric under
// the charter, and the kind's own shape and proof as far as it needs no
// manifest or chain. Duplicates, manifests (VerifyRefuge) and chain checks
// are the caller's.
func Check(e *Evidence, now time.Time, c Policy, p Params) error {
	// The charter first: evidence about a forbidden metric is rejected for
	// that, whoever signed it.
	if err := CheckPolicy(c, e.Kind, e.Metric); err != nil {
		return err
	}
	if e.Metric != e.Kind.Metric() {
		return reject(ReasonWrongMetric, "%s evidence measures %s, not %q", e.Kind, e.Kind.Metric(), e.Metric)
	}
	if err := e.VerifySignature(); err != nil {
		return err
	}
	if e.Kind == KindWallet {
		if e.Attester != e.Subject {
			return reject(ReasonForged, "a wallet binding is signed by its own peer, not by %s", e.Attester)
		}
		if _, err := VerifyWallet(e); err != nil {
			return err
		}
	} else if e.Attester == e.Subject && e.Kind != KindCradle {
		// A completed rollout stage is the exception: the cohort member
		// signs it, and the chain (not a peer) vouches for it.
		return reject(ReasonSelfSigned, "%s attests itself", e.Attester)
	}
	if e.Time.After(now.Add(p.MaxSkew)) {
		return reject(ReasonFuture, "dated %s, after now %s", e.Time.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if e.Kind != KindWallet && e.Time.Before(now.Add(-p.MaxAge)) {
		return reject(ReasonExpired, "dated %s, older than %s", e.Time.UTC().Format(time.RFC3339), p.MaxAge)
	}
	switch e.Kind {
	case KindUptime, KindGossip:
		// A window is attested after it closes, never before.
		if end := p.WindowStart(e.Window + 1); e.Time.Before(end) {
			return reject(ReasonPrematureWind, "window %d closes at %s, attested at %s", e.Window,
				end.UTC().Format(time.RFC3339), e.Time.UTC().Format(time.RFC3339))
		}
		// ...and soon after: a witness vouches for what it just saw, not
		// for a window long past.
		if late := p.WindowStart(e.Window + 1 + lateWindows); e.Time.After(late) {
			return reject(ReasonLate, "window %d closed at %s, attested at %s", e.Window,
				p.WindowStart(e.Window+1).UTC().Format(time.RFC3339), e.Time.UTC().Format(time.RFC3339))
		}
		if e.Ref != "" || len(e.Proof) != 0 {
			return reject(ReasonMalformed, "%s evidence has no ref or proof", e.Kind)
		}
		if e.Kind == KindUptime && e.Amount != 0 {
			return reject(ReasonMalformed, "uptime evidence has no amount")
		}
	case KindRefugePin:
		if e.Ref == "" || e.Amount <= 0 {
			return reject(ReasonMalformed, "a pin names its manifest and a positive size")
		}
		if _, err := checkRefugeProof(e); err != nil {
			return err
		}
	case KindGuardian:
		if e.Ref == "" || (e.Amount != GuardianAcked && e.Amount != GuardianReleased) {
			return reject(ReasonMalformed, "guardian duty names its manifest and is 1 (acknowledged) or 2 (released)")
		}
		if _, err := checkRefugeProof(e); err != nil {
			return err
		}
	case KindVote:
		if e.Ref == "" {
			return reject(ReasonMalformed, "a vote names its proposal")
		}
		if _, _, err := ParseVoteProof(e.Proof); err != nil {
			return err
		}
	case KindCradle:
		if err := checkCradle(e); err != nil {
			return err
		}
	}
	return nil
}

// lateWindows is how many windows after one closes it may still be
// attested.
const lateWindows = 2

// Guardian duty amounts.
const (
	GuardianAcked    = 1
	GuardianReleased = 2
)
