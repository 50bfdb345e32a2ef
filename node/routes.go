package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/p2p"
)

// routes is the node's API route table: every route the daemon serves, with
// the capability operation it needs.
func (n *Node) routes() []api.Route {
	routes := []api.Route{
		{Method: "GET", Path: "/v1/status", Op: "node:read", Handle: n.handleStatus},
		{Method: "GET", Path: "/v1/peers", Op: "peers:read", Handle: n.handlePeers},
		{Method: "POST", Path: "/v1/peers/connect", Op: "peers:write", Handle: n.handleConnect},
		{Method: "POST", Path: "/v1/gossip/publish", Op: "gossip:write", Handle: n.handlePublish, MaxBody: 4 << 20},
		{Method: "GET", Path: "/v1/gossip/tail", Op: "gossip:read", Handle: n.handleTail},
	}
	routes = append(routes, n.charterRoutes()...)
	routes = append(routes, n.enforceRoutes()...)
	routes = append(routes, n.capRoutes()...)
	routes = append(routes, n.ipfsRoutes()...)
	routes = append(routes, n.refugeRoutes()...)
	routes = append(routes, n.chainRoutes()...)
	routes = append(routes, n.governanceRoutes()...)
	routes = append(routes, n.rolloutRoutes()...)
	routes = append(routes, n.narrativeRoutes()...)
	return routes
}

// Status reports the node's state.
func (n *Node) Status(ctx context.Context) api.Status {
	st := api.Status{
		Version:       Version,
		PeerID:        n.ID().String(),
		Addrs:         n.host.FullAddrs(),
		PeerCount:     len(n.host.Network().Peers()),
		KnownPeers:    n.peers.count(),
		StartedAt:     n.started,
		Uptime:        api.Duration(n.now().Sub(n.started).Round(time.Millisecond)),
		DatastoreSize: n.store.Size(),
		Metrics:       n.MetricsURL(),
		APITCP:        n.api.TCPAddr(),
		Home:          n.cfg.Home,
		Topics:        []api.TopicStatus{},
	}
	for _, t := range n.gossip.Topics() {
		st.Topics = append(st.Topics, api.TopicStatus{Name: t.Name, MaxSize: t.MaxSize, Peers: t.Peers})
	}
	if len(n.sections) > 0 {
		st.Sections = map[string]any{}
		for _, s := range n.sections {
			st.Sections[s.name] = s.fn(ctx)
		}
	}
	return st
}

func (n *Node) handleStatus(w http.ResponseWriter, r *http.Request) error {
	return api.WriteJSON(w, http.StatusOK, n.Status(r.Context()))
}

func (n *Node) handlePeers(w http.ResponseWriter, r *http.Request) error {
	out := []api.Peer{}
	for _, p := range n.host.Peers() {
		ap := api.Peer{ID: p.ID, Addrs: p.Addrs, Direction: p.Direction, Latency: api.Duration(p.Latency),
			Agent: p.Agent, Bootstrap: p.Bootstrap, Since: p.Since}
		if id, err := decodePeer(p.ID); err == nil {
			ap.Score = n.gossip.Score(id)
		}
		out = append(out, ap)
	}
	return api.WriteJSON(w, http.StatusOK, out)
}

func (n *Node) handleConnect(w http.ResponseWriter, r *http.Request) error {
	var req api.ConnectRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	ai, err := p2p.ParsePeerAddr(req.Addr)
	if err != nil {
		return api.Errorf(http.StatusBadRequest, "%v", err)
	}
	ctx, cancel := context.WithTimeout(r.Context(), 15*time.Second)
	defer cancel()
	if err := n.host.Connect(ctx, ai); err != nil {
		return api.Errorf(http.StatusBadGateway, "%v", err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]string{"connected": ai.ID.String()})
}

func (n *Node) handlePublish(w http.ResponseWriter, r *http.Request) error {
	var req api.PublishRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	ctx := r.Context()
	if req.MinPeers > 0 {
		wait := time.Duration(req.Wait)
		if wait <= 0 {
			wait = 30 * time.Second
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, wait)
		defer cancel()
	}
	err := n.gossip.Publish(ctx, req.Topic, req.Data, req.MinPeers)
	switch {
	case errors.Is(err, p2p.ErrUnknownTopic), errors.Is(err, p2p.ErrTooLarge):
		return api.Errorf(http.StatusBadRequest, "%v", err)
	case errors.Is(err, context.DeadlineExceeded):
		return api.Errorf(http.StatusGatewayTimeout, "publish on %s: fewer than %d peers on the topic after %s", req.Topic, req.MinPeers, time.Duration(req.Wait))
	case err != nil:
		return api.Errorf(http.StatusBadRequest, "%v", err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]int{"bytes": len(req.Data)})
}

func (n *Node) handleTail(w http.ResponseWriter, r *http.Request) error {
	topic := r.URL.Query().Get("topic")
	sub, err := n.gossip.Subscribe(topic)
	if err != nil {
		return api.Errorf(http.StatusBadRequest, "%v", err)
	}
	defer sub.Cancel()
	fl, ok := w.(http.Flusher)
	if !ok {
		return fmt.Errorf("streaming unsupported")
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	fl.Flush()
	enc := json.NewEncoder(w)
	self := n.ID()
	for {
		select {
		case <-r.Context().Done():
			return nil
		case m, ok := <-sub.C():
			if !ok {
				return nil
			}
			from := m.GetFrom()
			out := api.GossipMessage{Topic: topic, From: from.String(), ReceivedAt: n.now(), Data: m.Data, Local: from == self}
			if sq := m.GetSeqno(); len(sq) == 8 {
				for _, b := range sq {
					out.Seqno = out.Seqno<<8 | uint64(b)
				}
			}
			if err := enc.Encode(out); err != nil {
				return nil
			}
			fl.Flush()
		}
	}
}
