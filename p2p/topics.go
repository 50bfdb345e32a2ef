package p2p

import (
	"net"
	"regexp"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The gossip topics of DESIGN.md.
const (
	TopicCharter   = "westworld/charter/1"
	TopicProposals = "westworld/proposals/1"
	TopicBallots   = "westworld/ballots/1"
	TopicTelemetry = "westworld/telemetry/1"
	TopicRollout   = "westworld/rollout/1"
	TopicRefuge    = "westworld/refuge/1"
	TopicNarrative = "westworld/narrative/1"
)

// TopicSpec is a topic the node joins at start: its size cap and its weight
// in the peer score.
type TopicSpec struct {
	Name    string
	MaxSize int
	// Weight scales this topic's part of a peer's score. Topics where an
	// invalid message means an attack (forged charters, ballots) weigh most.
	Weight float64
}

// Topics are the topics every node joins at start.
var Topics = []TopicSpec{
	{Name: TopicCharter, MaxSize: 256 << 10, Weight: 1},
	{Name: TopicProposals, MaxSize: 16 << 10, Weight: 1},
	{Name: TopicBallots, MaxSize: 4 << 10, Weight: 1},
	{Name: TopicTelemetry, MaxSize: 16 << 10, Weight: 0.5},
	{Name: TopicRollout, MaxSize: 16 << 10, Weight: 1},
	{Name: TopicRefuge, MaxSize: 64 << 10, Weight: 1},
	// Evidence batches of up to 256 signed items; a forged item is an attack.
	{Name: TopicNarrative, MaxSize: 128 << 10, Weight: 0.5},
}

// DynamicTopicMaxSize caps messages on topics operators join at run time
// (`westworld gossip publish westworld/chat/1 ...`).
const DynamicTopicMaxSize = 64 << 10

// topicName is the shape of every westworld topic; subscriptions to anything
// else are not tracked, so a peer cannot make us hold state for junk topics.
var topicName = regexp.MustCompile(`^westworld/[a-z0-9][a-z0-9_-]{0,31}/[0-9]{1,3}$`)

// ValidTopic reports whether name has the westworld topic shape.
func ValidTopic(name string) bool { return topicName.MatchString(name) }

// Peer scoring. The parameters follow the gossipsub v1.1 spec's guidance and
// what Filecoin and Ethereum consensus clients run, scaled to a low-traffic
// mesh:
//
//   - P1 time in mesh: +0.0027 a second, capped at one hour (+9.7), so a
//     long-standing mesh member survives one mistake.
//   - P2 first deliveries: +1 each, cap 50, decaying to zero over 10 minutes:
//     peers that forward new messages first earn standing.
//   - P3/P3b mesh delivery deficits: off. Our topics are bursty and often
//     quiet; a deficit penalty would prune honest peers in a quiet hour.
//   - P4 invalid messages: -100 times the square of the count, decaying over
//     an hour: one invalid message (a forged charter, a ballot with a bad
//     signature, a report that breaks the charter) puts a peer at the gossip
//     threshold; two graylist it.
//   - P5 application score: from the node (reputation, enforcement), weight 1.
//   - P6 IP colocation: -5 per peer squared above 10 peers on one IP
//     (loopback exempt, so local test meshes and devnets are not penalised).
//   - P7 behaviour (broken promises, GRAFT flood): -10 squared above 6.
//
// Thresholds: below -100 no gossip is exchanged with a peer, below -200 our
// own messages are not published to it, below -400 its RPCs are ignored;
// peer exchange is accepted only from peers above +10.
func scoreParams(topics []TopicSpec, app func(peer.ID) float64) (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	_, lo4, _ := net.ParseCIDR("127.0.0.0/8")
	_, lo6, _ := net.ParseCIDR("::1/128")
	p := &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		AppSpecificScore:            app,
		TopicScoreCap:               100,
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -5,
		IPColocationFactorThreshold: 10,
		IPColocationFactorWhitelist: []*net.IPNet{lo4, lo6},
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 time.Hour,
	}
	for _, t := range topics {
		p.Topics[t.Name] = topicScore(t.Weight)
	}
	thresholds := &pubsub.PeerScoreThresholds{
		GossipThreshold:             -100,
		PublishThreshold:            -200,
		GraylistThreshold:           -400,
		AcceptPXThreshold:           10,
		OpportunisticGraftThreshold: 2,
	}
	return p, thresholds
}

func topicScore(weight float64) *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		SkipAtomicValidation:           true,
		TopicWeight:                    weight,
		TimeInMeshWeight:               0.0027,
		TimeInMeshQuantum:              time.Second,
		TimeInMeshCap:                  3600,
		FirstMessageDeliveriesWeight:   1,
		FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(10 * time.Minute),
		FirstMessageDeliveriesCap:      50,
		InvalidMessageDeliveriesWeight: -100,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
	}
}
