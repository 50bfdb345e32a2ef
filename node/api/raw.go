package api

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"syscall"
)

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
	mac := c.macaroon
	if mac == nil && c.pick != nil {
		mac = c.pick(method, req.URL.Path)
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
