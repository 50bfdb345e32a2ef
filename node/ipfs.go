package node

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/storage/ipfs"
)

// ipfsRoutes are the embedded IPFS's API routes for operators.
func (n *Node) ipfsRoutes() []api.Route {
	return []api.Route{
		// A streaming upload of the file itself; the cap is a sanity bound.
		{Method: "POST", Path: "/v1/ipfs/add", Op: "ipfs:write", Handle: n.handleIPFSAdd, MaxBody: 1 << 40},
		{Method: "GET", Path: "/v1/ipfs/cat/{cid}", Op: "ipfs:read", Handle: n.handleIPFSCat},
		{Method: "GET", Path: "/v1/ipfs/pins", Op: "ipfs:read", Handle: n.handleIPFSPins},
		{Method: "POST", Path: "/v1/ipfs/pins", Op: "ipfs:write", Handle: n.handleIPFSPin},
		{Method: "DELETE", Path: "/v1/ipfs/pins/{cid}", Op: "ipfs:write", Handle: n.handleIPFSUnpin},
		{Method: "POST", Path: "/v1/ipfs/gc", Op: "ipfs:write", Handle: n.handleIPFSGC},
	}
}

// IPFSAddResult is the answer to POST /v1/ipfs/add.
type IPFSAddResult struct {
	Cid  string `json:"cid"`
	Size int64  `json:"size"`
}

// IPFSPin is one pin in GET /v1/ipfs/pins.
type IPFSPin struct {
	Cid  string `json:"cid"`
	Mode string `json:"mode"`
	Name string `json:"name,omitempty"`
}

// IPFSPinRequest is POST /v1/ipfs/pins.
type IPFSPinRequest struct {
	Cid  string `json:"cid"`
	Name string `json:"name,omitempty"`
}

// IPFSGCResult is the answer to POST /v1/ipfs/gc.
type IPFSGCResult struct {
	Blocks   int          `json:"freed_blocks"`
	Bytes    int64        `json:"freed_bytes"`
	Kept     int          `json:"kept_blocks"`
	Duration api.Duration `json:"took"`
}

// IPFSTypeHeader names the UnixFS type of GET /v1/ipfs/cat/{cid}'s body.
const IPFSTypeHeader = "Westworld-Ipfs-Type"

func parseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, api.Errorf(http.StatusBadRequest, "%q is not a CID: %v", s, err)
	}
	return c, nil
}

func ipfsError(err error) error {
	switch {
	case errors.Is(err, ipfs.ErrNotFile):
		return &api.HTTPError{Code: http.StatusBadRequest, Err: err}
	case errors.Is(err, ipfs.ErrNotPinned):
		return &api.HTTPError{Code: http.StatusNotFound, Err: err}
	case errors.Is(err, ipfs.ErrIncompletePin):
		return &api.HTTPError{Code: http.StatusConflict, Err: err}
	}
	return err
}

func (n *Node) handleIPFSAdd(w http.ResponseWriter, r *http.Request) error {
	cr := &byteCounter{r: r.Body}
	c, err := n.ipfs.Add(r.Context(), cr, ipfs.AddOptions{Name: r.URL.Query().Get("name")})
	if err != nil {
		return ipfsError(err)
	}
	return api.WriteJSON(w, http.StatusOK, IPFSAddResult{Cid: c.String(), Size: cr.n})
}

type byteCounter struct {
	r io.Reader
	n int64
}

func (b *byteCounter) Read(p []byte) (int, error) {
	k, err := b.r.Read(p)
	b.n += int64(k)
	return k, err
}

func (n *Node) handleIPFSCat(w http.ResponseWriter, r *http.Request) error {
	c, err := parseCID(r.PathValue("cid"))
	if err != nil {
		return err
	}
	st, err := n.ipfs.Stat(r.Context(), c)
	if err != nil {
		return &api.HTTPError{Code: http.StatusNotFound, Err: err}
	}
	if st.Type != ipfs.TypeFile && st.Type != ipfs.TypeRaw {
		return api.Errorf(http.StatusBadRequest, "%s is a %s, not a file", c, st.Type)
	}
	rd, err := n.ipfs.Cat(r.Context(), c)
	if err != nil {
		return ipfsError(err)
	}
	defer rd.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatInt(rd.Size(), 10))
	w.Header().Set(IPFSTypeHeader, string(st.Type))
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, rd); err != nil {
		// Headers are out: the short body tells the client.
		n.log.Warn("ipfs cat stream failed", "cid", c, "err", err)
	}
	return nil
}

func (n *Node) handleIPFSPins(w http.ResponseWriter, r *http.Request) error {
	pins, err := n.ipfs.Pins(r.Context())
	if err != nil {
		return err
	}
	out := []IPFSPin{}
	for _, p := range pins {
		out = append(out, IPFSPin{Cid: p.Cid.String(), Mode: p.Mode, Name: p.Name})
	}
	return api.WriteJSON(w, http.StatusOK, out)
}

func (n *Node) handleIPFSPin(w http.ResponseWriter, r *http.Request) error {
	var req IPFSPinRequest
	if err := api.ReadJSON(r, &req); err != nil {
		return err
	}
	c, err := parseCID(req.Cid)
	if err != nil {
		return err
	}
	if err := n.ipfs.Pin(r.Context(), c, req.Name); err != nil {
		return ipfsError(err)
	}
	return api.WriteJSON(w, http.StatusOK, IPFSPin{Cid: c.String(), Mode: "recursive", Name: req.Name})
}

func (n *Node) handleIPFSUnpin(w http.ResponseWriter, r *http.Request) error {
	c, err := parseCID(r.PathValue("cid"))
	if err != nil {
		return err
	}
	if err := n.ipfs.Unpin(r.Context(), c); err != nil {
		return ipfsError(err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]string{"unpinned": c.String()})
}

func (n *Node) handleIPFSGC(w http.ResponseWriter, r *http.Request) error {
	res, err := n.ipfs.GC(r.Context())
	if err != nil {
		return ipfsError(err)
	}
	return api.WriteJSON(w, http.StatusOK, IPFSGCResult{Blocks: res.Blocks, Bytes: res.Bytes, Kept: res.Kept,
		Duration: api.Duration(res.Duration.Round(time.Millisecond))})
}
