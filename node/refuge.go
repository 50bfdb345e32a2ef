package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/x0tta6bl4/westworld/node/api"
	"github.com/x0tta6bl4/westworld/node/refuge"
	"github.com/x0tta6bl4/westworld/storage"
)

// Refuge is the refuge component (after Start).
func (n *Node) Refuge() *refuge.Refuge { return n.refuge }

// startRefuge starts refuge on the host, gossip and IPFS.
func (n *Node) startRefuge(ctx context.Context) error {
	cfg, err := n.cfg.refugeConfig(n.now)
	if err != nil {
		return err
	}
	r, err := refuge.New(cfg, n.host.Host, n.key, n.gossip, n.ipfs, n.store.Namespace(storage.PrefixRefuge), n.log)
	if err != nil {
		return err
	}
	if err := r.Start(ctx); err != nil {
		return err
	}
	n.refuge = r
	n.onClose("refuge", r.Close)
	n.addStatus("refuge", func(context.Context) any {
		st := map[string]any{"guardian": cfg.Identity != nil, "guardians_configured": len(cfg.Guardians)}
		if cfg.Identity != nil {
			st["recipient"] = cfg.Identity.Recipient().String()
		}
		list := r.List()
		st["manifests"] = len(list)
		pub := 0
		for _, s := range list {
			if s.Role == "publisher" {
				pub++
			}
		}
		st["published"] = pub
		return st
	})
	return nil
}

// refugeRoutes are the refuge API routes.
func (n *Node) refugeRoutes() []api.Route {
	return []api.Route{
		// A streaming upload: the body is the document itself, never held
		// in memory; the cap is a sanity bound, not a buffer.
		{Method: "POST", Path: "/v1/refuge/publish", Op: "refuge:publish", Handle: n.handleRefugePublish, MaxBody: 1 << 40},
		{Method: "GET", Path: "/v1/refuge", Op: "refuge:read", Handle: n.handleRefugeList},
		{Method: "GET", Path: "/v1/refuge/{id}", Op: "refuge:read", Handle: n.handleRefugeStatus},
		{Method: "GET", Path: "/v1/refuge/{id}/content", Op: "refuge:read", Handle: n.handleRefugeContent},
		{Method: "POST", Path: "/v1/refuge/{id}/checkin", Op: "refuge:checkin", Handle: n.handleRefugeCheckin},
		{Method: "POST", Path: "/v1/refuge/{id}/release", Op: "refuge:release", Handle: n.handleRefugeRelease},
	}
}

// refugeError maps refuge's errors to API statuses.
func refugeError(err error) error {
	code := http.StatusInternalServerError
	switch {
	case errors.Is(err, refuge.ErrUnknownManifest):
		code = http.StatusNotFound
	case errors.Is(err, refuge.ErrBadThreshold), errors.Is(err, refuge.ErrNoGuardians),
		errors.Is(err, refuge.ErrMalformedImage), errors.Is(err, refuge.ErrBadManifest),
		errors.Is(err, refuge.ErrBadManifestID):
		code = http.StatusBadRequest
	case errors.Is(err, refuge.ErrNotPublisher), errors.Is(err, refuge.ErrBelowThreshold),
		errors.Is(err, refuge.ErrNoEmergency):
		code = http.StatusConflict
	case errors.Is(err, refuge.ErrNotStarted):
		code = http.StatusServiceUnavailable
	}
	return &api.HTTPError{Code: code, Err: err}
}

// PublishEvent is one line of POST /v1/refuge/publish: progress while the
// publish waits for replicas, then the result or the error.
type PublishEvent struct {
	Progress *refuge.PublishProgress `json:"progress,omitempty"`
	Result   *refuge.PublishResult   `json:"result,omitempty"`
	Error    string                  `json:"error,omitempty"`
}

func (n *Node) handleRefugePublish(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var opts refuge.PublishOptions
	if s := q.Get("threshold"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			return api.Errorf(http.StatusBadRequest, "threshold %q: want a positive number", s)
		}
		opts.Threshold = v
	}
	if s := q.Get("dead_man"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 {
			return api.Errorf(http.StatusBadRequest, "dead_man %q: want a duration such as 72h (0s turns the switch off)", s)
		}
		opts.DeadMan = d
		if d == 0 {
			opts.DeadMan = refuge.NoDeadMan
		}
	}
	if s := q.Get("replicas"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 0 {
			return api.Errorf(http.StatusBadRequest, "replicas %q: want zero or more", s)
		}
		opts.Replicas = v
		if v == 0 {
			opts.Replicas = refuge.NoReplicas
		}
	}
	// Progress goes out once the upload is read (while replicas are asked):
	// until then any error is still an ordinary error response.
	var mu sync.Mutex
	var enc *json.Encoder
	stream := func(ev PublishEvent) {
		mu.Lock()
		defer mu.Unlock()
		if enc == nil {
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.WriteHeader(http.StatusOK)
			enc = json.NewEncoder(w)
		}
		_ = enc.Encode(ev)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	}
	opts.Progress = func(p refuge.PublishProgress) {
		if p.Phase == "replicating" {
			stream(PublishEvent{Progress: &p})
		}
	}
	res, err := n.refuge.Publish(r.Context(), r.Body, opts)
	mu.Lock()
	started := enc != nil
	mu.Unlock()
	if err != nil {
		if !started {
			return refugeError(err)
		}
		stream(PublishEvent{Error: err.Error()})
		return nil
	}
	stream(PublishEvent{Result: res})
	return nil
}

func (n *Node) handleRefugeList(w http.ResponseWriter, r *http.Request) error {
	return api.WriteJSON(w, http.StatusOK, n.refuge.List())
}

func (n *Node) handleRefugeStatus(w http.ResponseWriter, r *http.Request) error {
	st, err := n.refuge.Status(r.Context(), r.PathValue("id"))
	if err != nil {
		return refugeError(err)
	}
	return api.WriteJSON(w, http.StatusOK, st)
}

// RefugeContentHeader carries, as JSON, what GET /v1/refuge/{id}/content
// returns: a ContentInfo.
const RefugeContentHeader = "Westworld-Refuge-Content"

// ContentInfo describes the body of GET /v1/refuge/{id}/content.
type ContentInfo struct {
	// Kind is "plaintext" or "ciphertext".
	Kind     string                 `json:"kind"`
	Size     int64                  `json:"size"`
	Why      string                 `json:"why,omitempty"`
	Rejected []refuge.RejectedShare `json:"rejected_shares,omitempty"`
}

func (n *Node) handleRefugeContent(w http.ResponseWriter, r *http.Request) error {
	want := refuge.Want(r.URL.Query().Get("want"))
	switch want {
	case refuge.WantAuto, refuge.WantPlaintext, refuge.WantCiphertext:
	default:
		return api.Errorf(http.StatusBadRequest, "want %q: one of plaintext, ciphertext (or nothing)", want)
	}
	c, err := n.refuge.Open(r.Context(), r.PathValue("id"), want)
	if err != nil {
		return refugeError(err)
	}
	defer c.Close()
	info, _ := json.Marshal(ContentInfo{Kind: c.Kind, Size: c.Size, Why: c.Why, Rejected: c.Rejected})
	w.Header().Set(RefugeContentHeader, string(info))
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatInt(c.Size, 10))
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, c); err != nil {
		// The status is out; a short body (Content-Length) is how the
		// client learns that decryption or the fetch failed.
		n.log.Warn("refuge content stream failed", "manifest", r.PathValue("id"), "kind", c.Kind, "err", err)
	}
	return nil
}

// CheckinResult is the answer to POST /v1/refuge/{id}/checkin.
type CheckinResult struct {
	ID       string     `json:"id"`
	At       time.Time  `json:"at"`
	Deadline *time.Time `json:"deadline,omitempty"`
}

func (n *Node) handleRefugeCheckin(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	dl, err := n.refuge.Checkin(r.Context(), id)
	if err != nil {
		return refugeError(err)
	}
	out := CheckinResult{ID: id, At: n.now().UTC()}
	if !dl.IsZero() {
		dl = dl.UTC()
		out.Deadline = &dl
	}
	return api.WriteJSON(w, http.StatusOK, out)
}

func (n *Node) handleRefugeRelease(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if err := n.refuge.Release(r.Context(), id); err != nil {
		return refugeError(err)
	}
	return api.WriteJSON(w, http.StatusOK, map[string]string{"id": id, "release": fmt.Sprintf("requested at %s", n.now().UTC().Format(time.RFC3339))})
}
