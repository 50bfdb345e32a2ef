package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	macaroon "gopkg.in/macaroon.v2"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/capability"
)

var pathParam = regexp.MustCompile(`\{[^}]+\}`)

// countingServer serves the node's real route table behind its real
// authorizer, with every handler replaced by a counter: what reaches a
// handler is exactly what would have had a side effect.
func countingServer(t *testing.T, n *Node) (http.Handler, map[string]*atomic.Int64) {
	t.Helper()
	srv := api.NewServer(api.Config{Authorizer: capAuthorizer{n.caps}, ValidOp: func(op string) bool { return capability.Op(op).Known() }})
	counts := map[string]*atomic.Int64{}
	for _, rt := range n.routes() {
		c := &atomic.Int64{}
		counts[rt.Method+" "+rt.Path] = c
		rt.Handle = func(w http.ResponseWriter, r *http.Request) error {
			c.Add(1)
			return api.WriteJSON(w, http.StatusOK, "ran")
		}
		if err := srv.Register(rt); err != nil {
			t.Fatal(err)
		}
	}
	return srv.Handler(), counts
}

func bake(t *testing.T, n *Node, req capability.BakeRequest) []byte {
	t.Helper()
	b, err := n.caps.Bake(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return b.Macaroon
}

// otherOp is any operation but op.
func otherOp(op capability.Op) capability.Op {
	for _, o := range capability.AllOps() {
		if o != op {
			return o
		}
	}
	panic("one op")
}

func TestEveryRouteRefusesBadMacaroons(t *testing.T) {
	clock := newFakeClock()
	n := startNode(t, testConfig(t, t.TempDir(), 0), WithClock(clock.Now))
	h, counts := countingServer(t, n)
	routes := n.routes()
	if len(routes) < 10 {
		t.Fatalf("route table has only %d routes", len(routes))
	}
	call := func(rt api.Route, mac []byte) int {
		req := httptest.NewRequest(rt.Method, pathParam.ReplaceAllString(rt.Path, "x"), strings.NewReader("{}"))
		if mac != nil {
			req.Header.Set(capability.Header, hex.EncodeToString(mac))
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	ctx := context.Background()
	type macFor func(rt api.Route) []byte
	valid := func(rt api.Route) []byte {
		return bake(t, n, capability.BakeRequest{Ops: []capability.Op{capability.Op(rt.Op)}, Expires: clock.Now().Add(time.Hour)})
	}
	cases := []struct {
		name    string
		prepare func() macFor // runs once before the routes are called
		want    int
	}{
		{"none", func() macFor { return func(api.Route) []byte { return nil } }, 401},
		{"wrong op", func() macFor {
			return func(rt api.Route) []byte {
				return bake(t, n, capability.BakeRequest{Ops: []capability.Op{otherOp(capability.Op(rt.Op))}, Expires: clock.Now().Add(time.Hour)})
			}
		}, 403},
		{"expired", func() macFor {
			macs := map[string][]byte{}
			for _, rt := range routes {
				macs[rt.Method+rt.Path] = bake(t, n, capability.BakeRequest{Ops: []capability.Op{capability.Op(rt.Op)}, Expires: clock.Now().Add(time.Minute)})
			}
			clock.Advance(2 * time.Minute)
			return func(rt api.Route) []byte { return macs[rt.Method+rt.Path] }
		}, 403},
		{"tampered", func() macFor {
			return func(rt api.Route) []byte {
				m := valid(rt)
				m[len(m)-1] ^= 0x01 // the signature is the last field
				return m
			}
		}, 401},
		{"revoked", func() macFor {
			return func(rt api.Route) []byte {
				b, err := n.caps.Bake(ctx, capability.BakeRequest{Ops: []capability.Op{capability.Op(rt.Op)}, Expires: clock.Now().Add(time.Hour)})
				if err != nil {
					t.Fatal(err)
				}
				if err := n.caps.Revoke(ctx, b.RootKeyID); err != nil {
					t.Fatal(err)
				}
				return b.Macaroon
			}
		}, 401},
		{"unmet chain caveat", func() macFor {
			return func(rt api.Route) []byte {
				return bake(t, n, capability.BakeRequest{Ops: []capability.Op{capability.Op(rt.Op)}, Expires: clock.Now().Add(time.Hour),
					Proposal: "0x" + strings.Repeat("ab", 32)})
			}
		}, 403},
		{"rotated", func() macFor {
			macs := map[string][]byte{}
			for _, rt := range routes {
				macs[rt.Method+rt.Path] = valid(rt)
			}
			if _, err := n.caps.Rotate(ctx); err != nil {
				t.Fatal(err)
			}
			return func(rt api.Route) []byte { return macs[rt.Method+rt.Path] }
		}, 401},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mac := tc.prepare()
			for _, rt := range routes {
				if code := call(rt, mac(rt)); code != tc.want {
					t.Errorf("%s %s: status %d, want %d", rt.Method, rt.Path, code, tc.want)
				}
			}
			for k, c := range counts {
				if c.Load() != 0 {
					t.Fatalf("handler %s ran %d times", k, c.Load())
				}
			}
		})
	}
	// The control: a right macaroon reaches every handler exactly once, so
	// the refusals above are not an artefact of the harness.
	for _, rt := range routes {
		if code := call(rt, valid(rt)); code != http.StatusOK {
			t.Errorf("%s %s with a valid macaroon: %d", rt.Method, rt.Path, code)
		}
	}
	for k, c := range counts {
		if c.Load() != 1 {
			t.Errorf("handler %s ran %d times with valid macaroons, want 1", k, c.Load())
		}
	}
}

func TestRouteWithoutOperationCannotRegister(t *testing.T) {
	srv := api.NewServer(api.Config{ValidOp: func(op string) bool { return capability.Op(op).Known() }})
	h := func(http.ResponseWriter, *http.Request) error { return nil }
	if err := srv.Register(api.Route{Method: "GET", Path: "/v1/new", Handle: h}); !errors.Is(err, api.ErrNoRoute) {
		t.Fatalf("route without an op: %v", err)
	}
	if err := srv.Register(api.Route{Method: "GET", Path: "/v1/new", Op: "node:reed", Handle: h}); err == nil {
		t.Fatal("route with an unknown op registered")
	}
	// Every route of the node names a known op (Start would fail otherwise,
	// but say which one here).
	for _, rt := range (&Node{}).routes() {
		if !capability.Op(rt.Op).Known() {
			t.Errorf("%s %s: op %q", rt.Method, rt.Path, rt.Op)
		}
	}
}

func TestLiveRefusalHasNoSideEffect(t *testing.T) {
	nodes := startMesh(t, 2)
	fullMesh(t, nodes)
	sub, err := nodes[1].Gossip().Subscribe("westworld/side/1")
	if err != nil {
		t.Fatal(err)
	}
	ro, err := RoleMacaroon(nodes[0].Config().Home, "readonly")
	if err != nil {
		t.Fatal(err)
	}
	c := api.NewClient(nodes[0].Config().SocketPath(), ro)
	err = c.Publish(context.Background(), api.PublishRequest{Topic: "westworld/side/1", Data: []byte("nope")})
	var he *api.HTTPError
	if !errors.As(err, &he) || he.Code != 403 || !strings.Contains(err.Error(), "gossip:write") {
		t.Fatalf("readonly publish: %v", err)
	}
	select {
	case m := <-sub.C():
		t.Fatalf("refused publish delivered %q", m.Data)
	case <-time.After(time.Second):
	}
}

func TestAttenuatedMacaroon(t *testing.T) {
	n := startMesh(t, 1)[0]
	raw, err := RoleMacaroon(n.Config().Home, "readonly")
	if err != nil {
		t.Fatal(err)
	}
	// The holder narrows it offline, with nothing but the macaroon library.
	var m macaroon.Macaroon
	if err := m.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	if err := m.AddFirstPartyCaveat([]byte("ops=node:read")); err != nil {
		t.Fatal(err)
	}
	narrow, _ := m.MarshalBinary()
	c := api.NewClient(n.Config().SocketPath(), narrow)
	if _, err := c.Status(context.Background()); err != nil {
		t.Fatalf("narrowed macaroon inside its caveat: %v", err)
	}
	if _, err := c.Peers(context.Background()); err == nil {
		t.Fatal("narrowed macaroon worked outside its ops caveat")
	}
	// A further expiry in the past kills it.
	if err := m.AddFirstPartyCaveat([]byte("expires=" + time.Now().Add(-time.Minute).UTC().Format(time.RFC3339))); err != nil {
		t.Fatal(err)
	}
	dead, _ := m.MarshalBinary()
	if _, err := api.NewClient(n.Config().SocketPath(), dead).Status(context.Background()); err == nil {
		t.Fatal("expired attenuation still works")
	}
	// Widening is impossible: the admin op is not granted by adding a caveat.
	var w macaroon.Macaroon
	_ = w.UnmarshalBinary(raw)
	_ = w.AddFirstPartyCaveat([]byte("ops=cap:write"))
	wide, _ := w.MarshalBinary()
	err = api.NewClient(n.Config().SocketPath(), wide).Do(context.Background(), "POST", "/v1/cap/rotate", nil, nil)
	if err == nil {
		t.Fatal("a readonly macaroon rotated the keys")
	}
}

func TestTCPAPIOverTLS(t *testing.T) {
	cfg := testConfig(t, t.TempDir(), 0)
	port := freePort(t)
	cfg.API.TCP = fmt.Sprintf("0.0.0.0:%d", port)
	n := startNode(t, cfg)
	url := n.api.TCPAddr()
	if !strings.HasPrefix(url, "https://") {
		t.Fatalf("non-loopback TCP API is not TLS: %s", url)
	}
	tc, err := api.PinnedTLS(cfg.Home + "/api-tls.crt")
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}
	base := fmt.Sprintf("https://127.0.0.1:%d", port)
	if _, err := api.NewHTTPClient(base, hc, nil).Status(context.Background()); err == nil {
		t.Fatal("TCP API answered without a macaroon")
	}
	ctx := context.Background()
	far, _ := n.caps.Bake(ctx, capability.BakeRequest{Ops: []capability.Op{capability.OpNodeRead}, Expires: time.Now().Add(time.Hour), IP: netip.MustParsePrefix("10.0.0.0/8")})
	if _, err := api.NewHTTPClient(base, hc, far.Macaroon).Status(ctx); err == nil || !strings.Contains(err.Error(), "10.0.0.0/8") {
		t.Fatalf("ip caveat from 127.0.0.1: %v", err)
	}
	near, _ := n.caps.Bake(ctx, capability.BakeRequest{Ops: []capability.Op{capability.OpNodeRead}, Expires: time.Now().Add(time.Hour), IP: netip.MustParsePrefix("127.0.0.1/32")})
	st, err := api.NewHTTPClient(base, hc, near.Macaroon).Status(ctx)
	if err != nil || st.PeerID != n.ID().String() {
		t.Fatalf("TCP API with a matching ip caveat: %v", err)
	}
	// Without pinning the node's certificate the client refuses the server.
	if _, err := api.NewHTTPClient(base, &http.Client{}, near.Macaroon).Status(ctx); err == nil {
		t.Fatal("unpinned TLS client accepted the self-signed certificate")
	}
}

// BenchmarkAPIRequests is GET /v1/status over the unix socket with the
// macaroon check and, for the ratio, the same server with no authorizer.
func BenchmarkAPIRequests(b *testing.B) {
	n := startMesh(b, 1)[0]
	mac, _ := RoleMacaroon(n.Config().Home, "readonly")
	for _, withCaps := range []bool{true, false} {
		name := "with-macaroon"
		if !withCaps {
			name = "without-check"
		}
		b.Run(name, func(b *testing.B) {
			sock := shortTempDir(b) + "/b.sock"
			cfg := api.Config{Socket: sock}
			if withCaps {
				cfg.Authorizer = capAuthorizer{n.caps}
			}
			srv := api.NewServer(cfg)
			if err := srv.Register(api.Route{Method: "GET", Path: "/v1/status", Op: "node:read", Handle: n.handleStatus}); err != nil {
				b.Fatal(err)
			}
			if err := srv.Start(context.Background()); err != nil {
				b.Fatal(err)
			}
			defer srv.Close()
			c := api.NewClient(sock, mac)
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			for range b.N {
				if _, err := c.Status(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
		})
	}
}
