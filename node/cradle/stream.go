package cradle

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"

	"github.com/x0tta6bl4/westworld/node/api"
)

// unixHTTPClient talks HTTP to a daemon's API socket. The runner uses it
// for the tail stream, where it must know the moment the subscription
// exists (the response headers), which api.Client.Tail does not expose.
func unixHTTPClient(socket string) *http.Client {
	return &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", socket)
		},
		DisableCompression: true,
	}}
}

// tail streams the node's accepted messages on topic. connected runs once
// the node has subscribed (before any message), fn for each message.
func (n *SandboxNode) tail(ctx context.Context, topic string, connected func(), fn func(api.GossipMessage)) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://westworld/v1/gossip/tail?topic="+url.QueryEscape(topic), nil)
	if err != nil {
		return err
	}
	req.Header.Set(api.MacaroonHeader, n.mac)
	resp, err := n.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("tail node %d: %s", n.Index, resp.Status)
	}
	connected()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var m api.GossipMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return fmt.Errorf("tail node %d: %w", n.Index, err)
		}
		fn(m)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return sc.Err()
}
