package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

// HandlerFunc serves one route. A returned error becomes a JSON Error with
// the status of an *HTTPError (400 for ErrBadRequest, 404 for ErrNotFound,
// 500 otherwise) unless the handler already wrote a response.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// Route is one entry of the route table.
type Route struct {
	Method string
	Path   string
	// Op is the capability operation ("entity:action") the route needs.
	// Register refuses a route without one.
	Op     string
	Handle HandlerFunc
	// MaxBody caps the request body (default 1 MiB).
	MaxBody int64
}

// Authorizer checks a request's credentials for an operation before the
// handler runs. It returns an *HTTPError (401 or 403) to refuse.
type Authorizer interface {
	Authorize(r *http.Request, op string) error
}

// Sentinel errors handlers wrap to choose a status.
var (
	ErrBadRequest = errors.New("bad request")
	ErrNotFound   = errors.New("not found")
	ErrConflict   = errors.New("conflict")
	ErrNoRoute    = errors.New("route has no operation")
)

// HTTPError carries a status code with its one-line reason.
type HTTPError struct {
	Code int
	Err  error
}

func (e *HTTPError) Error() string { return e.Err.Error() }
func (e *HTTPError) Unwrap() error { return e.Err }

// Errorf returns an *HTTPError with the given status.
func Errorf(code int, format string, args ...any) error {
	return &HTTPError{Code: code, Err: fmt.Errorf(format, args...)}
}

// Config configures the API server.
type Config struct {
	// Socket is the unix socket path; it is created with mode 0600.
	Socket     string
	Authorizer Authorizer
	// ValidOp, when set, refuses to register a route whose operation it
	// does not know, so a typo cannot create an operation no macaroon holds.
	ValidOp func(op string) bool
	// TCP, when set, also serves the API on this host:port. Only macaroons
	// authorise it (the Authorizer is required). A non-loopback address is
	// served over TLS with TLSCert/TLSKey (created self-signed if missing).
	TCP             string
	TLSCert, TLSKey string
	Logger          *slog.Logger
}

// Server is the local API.
type Server struct {
	cfg    Config
	log    *slog.Logger
	mux    *http.ServeMux
	routes []Route
	srv    *http.Server
	ln     net.Listener
	tcp    net.Listener
	tls    bool
	wg     sync.WaitGroup
}

// ErrSocketInUse is returned when a live server already answers on the socket.
var ErrSocketInUse = errors.New("API socket is in use by a running process")

// NewServer returns a server with an empty route table.
func NewServer(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Server{cfg: cfg, log: cfg.Logger.With("component", "api"), mux: http.NewServeMux()}
}

// Register adds routes to the table. A route without an operation, method,
// path or handler is refused, so a new route cannot skip the capability check.
func (s *Server) Register(routes ...Route) error {
	for _, rt := range routes {
		if rt.Op == "" {
			return fmt.Errorf("%s %s: %w", rt.Method, rt.Path, ErrNoRoute)
		}
		if s.cfg.ValidOp != nil && !s.cfg.ValidOp(rt.Op) {
			return fmt.Errorf("%s %s: unknown operation %q", rt.Method, rt.Path, rt.Op)
		}
		if rt.Method == "" || !strings.HasPrefix(rt.Path, "/") || rt.Handle == nil {
			return fmt.Errorf("route %q %q: method, path and handler are required", rt.Method, rt.Path)
		}
		rt := rt
		s.mux.HandleFunc(rt.Method+" "+rt.Path, func(w http.ResponseWriter, r *http.Request) { s.serve(rt, w, r) })
		s.routes = append(s.routes, rt)
	}
	return nil
}

// Routes returns the route table.
func (s *Server) Routes() []Route { return append([]Route(nil), s.routes...) }

// Handler is the server's HTTP handler (for tests and the TCP listener).
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(APIHeader, Version)
		s.mux.ServeHTTP(w, r)
	})
}

func (s *Server) serve(rt Route, w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("API handler panicked", "route", rt.Path, "panic", v, "stack", string(debug.Stack()))
			WriteError(w, Errorf(http.StatusInternalServerError, "internal error"))
		}
	}()
	if s.cfg.Authorizer != nil {
		if err := s.cfg.Authorizer.Authorize(r, rt.Op); err != nil {
			WriteError(w, err)
			return
		}
	}
	max := rt.MaxBody
	if max == 0 {
		max = 1 << 20
	}
	r.Body = http.MaxBytesReader(w, r.Body, max)
	if err := rt.Handle(w, r); err != nil {
		WriteError(w, err)
	}
}

// Start listens on the unix socket. A stale socket file left by a killed
// daemon is replaced; a socket a live process answers on is an error.
func (s *Server) Start(ctx context.Context) error {
	path := s.cfg.Socket
	if _, err := os.Stat(path); err == nil {
		c, err := net.DialTimeout("unix", path, 200*time.Millisecond)
		if err == nil {
			c.Close()
			return fmt.Errorf("listen %s: %w", path, ErrSocketInUse)
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("remove stale socket %s: %w", path, err)
		}
	}
	// The umask makes the socket 0600 from its first moment, not after a chmod.
	// It is process-wide: umaskMu keeps two servers starting at once (a devnet, a
	// test) from saving each other's 0177 and leaving it set for good, after which
	// every file the process (and any child it starts) makes would lose its
	// exec and group bits.
	umaskMu.Lock()
	old := umask(0o177)
	ln, err := net.Listen("unix", path)
	umask(old)
	umaskMu.Unlock()
	if err != nil {
		return fmt.Errorf("listen %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		ln.Close()
		return fmt.Errorf("chmod %s: %w", path, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.serveOn(ln)
	if s.cfg.TCP != "" {
		if err := s.listenTCP(); err != nil {
			s.srv.Close()
			s.wg.Wait()
			os.Remove(path)
			return err
		}
	}
	return nil
}

func (s *Server) serveOn(ln net.Listener) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("API server stopped", "err", err)
		}
	}()
}

// TCPAddr is the TCP listener's URL ("" when off).
func (s *Server) TCPAddr() string {
	if s.tcp == nil {
		return ""
	}
	if s.tls {
		return "https://" + s.tcp.Addr().String()
	}
	return "http://" + s.tcp.Addr().String()
}

// Close stops accepting requests, ends streams, and removes the socket.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if err != nil {
		// Streams (gossip tail) never finish on their own: cut them.
		err = s.srv.Close()
	}
	s.wg.Wait()
	os.Remove(s.cfg.Socket)
	return err
}

// ErrNoAuthorizer is returned for a TCP listener without capability checks.
var ErrNoAuthorizer = errors.New("the TCP API requires macaroon authorization")

// ReadJSON decodes the request body into v, rejecting unknown fields.
func ReadJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &HTTPError{Code: http.StatusBadRequest, Err: fmt.Errorf("decode request: %w", err)}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return &HTTPError{Code: http.StatusBadRequest, Err: errors.New("decode request: trailing data")}
	}
	return nil
}

// WriteJSON writes v with status code.
func WriteJSON(w http.ResponseWriter, code int, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	return json.NewEncoder(w).Encode(v)
}

// WriteError writes err as an Error body with its status.
func WriteError(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	var he *HTTPError
	switch {
	case errors.As(err, &he):
		code = he.Code
	case errors.Is(err, ErrBadRequest):
		code = http.StatusBadRequest
	case errors.Is(err, ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, ErrConflict):
		code = http.StatusConflict
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	_ = WriteJSON(w, code, Error{Error: msg})
}
