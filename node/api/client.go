package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"syscall"
)

// ErrNoDaemon is returned when no daemon listens on the socket.
var ErrNoDaemon = errors.New("no westworld daemon is running (start one with `westworld daemon`)")

// ErrNotDaemon is returned when something that is not a westworld daemon
// answers on the socket.
var ErrNotDaemon = errors.New("the API socket is not served by a westworld daemon")

// MacaroonHeader carries the caller's macaroon, hex encoded.
const MacaroonHeader = "Westworld-Macaroon"

// Client talks to a daemon's API socket.
type Client struct {
	socket   string
	macaroon []byte
	hc       *http.Client
	base     string
	// pick, when set, chooses the macaroon for each request (the CLI picks
	// the least one that the route's operation needs).
	pick func(method, path string) []byte
}

// WithMacaroonPicker makes the client choose the macaroon per request.
func (c *Client) WithMacaroonPicker(pick func(method, path string) []byte) *Client {
	c.pick = pick
	return c
}

// NewClient returns a client for the unix socket at path. macaroon may be nil
// until capabilities are required.
func NewClient(socket string, macaroon []byte) *Client {
	tr := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", socket)
		},
		DisableCompression: true,
	}
	return &Client{socket: socket, macaroon: macaroon, hc: &http.Client{Transport: tr}, base: "http://westworld"}
}

// NewHTTPClient returns a client for a TCP API at base (http://host:port or
// https://...) using hc.
func NewHTTPClient(base string, hc *http.Client, macaroon []byte) *Client {
	return &Client{socket: base, macaroon: macaroon, hc: hc, base: base}
}

// Do sends in (if not nil) as JSON and decodes the response into out (if not nil).
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	resp, err := c.send(ctx, method, path, in)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("decode %s response: %w", path, err)
	}
	return nil
}

// Stream sends a request and calls fn with each JSON line of the response
// until the stream ends, ctx is done, or fn returns an error.
func (c *Client) Stream(ctx context.Context, method, path string, in any, fn func(line []byte) error) error {
	resp, err := c.send(ctx, method, path, in)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 32<<20)
	for sc.Scan() {
		if err := fn(sc.Bytes()); err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stream: %w", err)
	}
	return nil
}

func (c *Client) send(ctx context.Context, method, path string, in any) (*http.Response, error) {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return nil, err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return c.do(ctx, req)
}

// SendRaw sends body as the request's bytes (a file being uploaded,
// streamed from its reader, never held in memory; nil for none) and returns
// the response for the caller to read and close: for routes whose request
// or response is not JSON (refuge publish and fetch, ipfs add and cat).
// size is the body's length, or -1 if unknown. Failures and non-2xx
// statuses become errors as they do for Do.
func (c *Client) SendRaw(ctx context.Context, method, path string, body io.Reader, size int64) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/octet-stream")
		req.ContentLength = size
		if size == 0 {
			req.Body = http.NoBody
		}
	}
	return c.do(ctx, req)
}

// do adds the macaroon, sends req, and turns transport failures, a socket
// that is not a westworld daemon, and non-2xx statuses into errors.
func (c *Client) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	mac := c.macaroon
	if mac == nil && c.pick != nil {
		mac = c.pick(req.Method, req.URL.Path)
	}
	if len(mac) > 0 {
		req.Header.Set(MacaroonHeader, hex.EncodeToString(mac))
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENOENT) {
			return nil, fmt.Errorf("%s: %w", c.socket, ErrNoDaemon)
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			return nil, fmt.Errorf("%s: %w", c.socket, ue.Err)
		}
		return nil, err
	}
	if resp.Header.Get(APIHeader) == "" {
		resp.Body.Close()
		return nil, fmt.Errorf("%s: %w", c.socket, ErrNotDaemon)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		var e Error
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		if json.Unmarshal(b, &e) != nil || e.Error == "" {
			e.Error = http.StatusText(resp.StatusCode)
		}
		return nil, &HTTPError{Code: resp.StatusCode, Err: errors.New(e.Error)}
	}
	return resp, nil
}

// Status returns the daemon's status.
func (c *Client) Status(ctx context.Context) (Status, error) {
	var s Status
	return s, c.Do(ctx, http.MethodGet, "/v1/status", nil, &s)
}

// Peers returns the connected peers.
func (c *Client) Peers(ctx context.Context) ([]Peer, error) {
	var p []Peer
	return p, c.Do(ctx, http.MethodGet, "/v1/peers", nil, &p)
}

// Connect dials a peer by its full multiaddr.
func (c *Client) Connect(ctx context.Context, addr string) error {
	return c.Do(ctx, http.MethodPost, "/v1/peers/connect", ConnectRequest{Addr: addr}, nil)
}

// Publish publishes a message on a gossip topic.
func (c *Client) Publish(ctx context.Context, req PublishRequest) error {
	return c.Do(ctx, http.MethodPost, "/v1/gossip/publish", req, nil)
}

// Tail calls fn with each message accepted on topic until ctx ends.
func (c *Client) Tail(ctx context.Context, topic string, fn func(GossipMessage) error) error {
	return c.Stream(ctx, http.MethodGet, "/v1/gossip/tail?topic="+url.QueryEscape(topic), nil, func(line []byte) error {
		var m GossipMessage
		if err := json.Unmarshal(line, &m); err != nil {
			return fmt.Errorf("decode gossip message: %w", err)
		}
		return fn(m)
	})
}
