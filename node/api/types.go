// Package api is the node's local API: HTTP+JSON on a unix socket (mode
// 0600), and the Go client every CLI command uses. Routes are registered in
// one table, each naming the operation it needs, so the capability check
// runs before any handler and no route can exist without one.
package api

import (
	"time"
)

// Version is sent in the APIHeader of every response, so the client can
// tell a westworld daemon from anything else listening on the socket.
const Version = "1"

// APIHeader names the header that carries Version.
const APIHeader = "Westworld-Api"

// Status is GET /v1/status.
type Status struct {
	Version       string        `json:"version"`
	PeerID        string        `json:"peer_id"`
	Addrs         []string      `json:"addrs"`
	PeerCount     int           `json:"peer_count"`
	KnownPeers    int           `json:"known_peers"`
	Topics        []TopicStatus `json:"topics"`
	StartedAt     time.Time     `json:"started_at"`
	Uptime        Duration      `json:"uptime"`
	DatastoreSize int64         `json:"datastore_bytes"`
	Metrics       string        `json:"metrics_url,omitempty"`
	APITCP        string        `json:"api_tcp,omitempty"`
	Home          string        `json:"home"`
	// Sections holds what later components report (charter, enforcement,
	// chain, refuge), keyed by component name.
	Sections map[string]any `json:"sections,omitempty"`
}

// TopicStatus is one joined gossip topic.
type TopicStatus struct {
	Name    string   `json:"name"`
	MaxSize int      `json:"max_size"`
	Peers   []string `json:"peers"`
}

// Peer is one connected peer.
type Peer struct {
	ID        string    `json:"id"`
	Addrs     []string  `json:"addrs"`
	Direction string    `json:"direction"`
	Latency   Duration  `json:"latency"`
	Agent     string    `json:"agent,omitempty"`
	Bootstrap bool      `json:"bootstrap"`
	Score     float64   `json:"score"`
	Since     time.Time `json:"connected_since"`
}

// ConnectRequest is POST /v1/peers/connect.
type ConnectRequest struct {
	Addr string `json:"addr"`
}

// PublishRequest is POST /v1/gossip/publish.
type PublishRequest struct {
	Topic string `json:"topic"`
	Data  []byte `json:"data"`
	// MinPeers waits for that many topic peers before publishing.
	MinPeers int `json:"min_peers,omitempty"`
	// Wait bounds the wait for MinPeers.
	Wait Duration `json:"wait,omitempty"`
}

// GossipMessage is one line of GET /v1/gossip/tail.
type GossipMessage struct {
	Topic      string    `json:"topic"`
	From       string    `json:"from"`
	ReceivedAt time.Time `json:"received_at"`
	Seqno      uint64    `json:"seqno"`
	Data       []byte    `json:"data"`
	Local      bool      `json:"local"`
}

// Error is the body of every non-2xx response.
type Error struct {
	Error string `json:"error"`
}

// Duration is a time.Duration that reads and writes as "1.5s" in JSON.
type Duration time.Duration

// MarshalJSON implements json.Marshaler.
func (d Duration) MarshalJSON() ([]byte, error) {
	return []byte(`"` + time.Duration(d).String() + `"`), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (d *Duration) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' {
		var n int64
		for _, c := range b {
			if c < '0' || c > '9' {
				return &time.ParseError{Value: string(b), Message: ": not a duration"}
			}
			n = n*10 + int64(c-'0')
		}
		*d = Duration(n)
		return nil
	}
	v, err := time.ParseDuration(string(b[1 : len(b)-1]))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}
