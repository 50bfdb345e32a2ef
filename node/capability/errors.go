package capability

import (
	"errors"
	"fmt"
	"net/http"
)

// Errors Check and Inspect return. Each comes wrapped with a one-line
// reason ("macaroon expired: at 2026-12-01T10:00:00Z"); callers branch with
// errors.Is and show err.Error(). StatusCode maps them to HTTP.
var (
	// ErrNoMacaroon: the request carried no macaroon (401).
	ErrNoMacaroon = errors.New("no macaroon")
	// ErrMalformed: the bytes are not a macaroon this node bakes (401).
	ErrMalformed = errors.New("malformed macaroon")
	// ErrBadSignature: the signature does not match; the macaroon was
	// tampered with or forged (401).
	ErrBadSignature = errors.New("macaroon signature invalid")
	// ErrUnknownKey: the root key the macaroon names is gone: revoked,
	// rotated, or never existed on this node (401).
	ErrUnknownKey = errors.New("unknown root key")
	// ErrExpired: an expires= caveat has passed (403).
	ErrExpired = errors.New("macaroon expired")
	// ErrOpDenied: the operation is not in every ops= caveat (403).
	ErrOpDenied = errors.New("operation not permitted")
	// ErrCaveat: an ip=, uses= or proposal-executed= caveat is unmet, or a
	// caveat is unknown or malformed (403). Unknown caveats always deny.
	ErrCaveat = errors.New("caveat not satisfied")
)

// Errors of the management calls (Bake, RoleOps).
var (
	// ErrBadRequest: a BakeRequest is invalid (400).
	ErrBadRequest = errors.New("invalid bake request")
	// ErrUnknownRole: RoleOps was given a role that does not exist (400).
	ErrUnknownRole = errors.New("unknown role")
	// ErrNoSuchKey: Revoke or Bake named a root key that does not exist
	// (404). Distinct from ErrUnknownKey, which is about a presented macaroon.
	ErrNoSuchKey = errors.New("no such root key")
)

// StatusCode is the HTTP status the API answers err with: 401 when the
// caller is not authenticated (no, broken, forged or revoked macaroon), 403
// when it is but may not do this now, 400 for bad bake requests, 404 for an
// unknown root key in a management call, 500 otherwise.
func StatusCode(err error) int {
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, ErrNoMacaroon), errors.Is(err, ErrMalformed),
		errors.Is(err, ErrBadSignature), errors.Is(err, ErrUnknownKey):
		return http.StatusUnauthorized
	case errors.Is(err, ErrExpired), errors.Is(err, ErrOpDenied), errors.Is(err, ErrCaveat):
		return http.StatusForbidden
	case errors.Is(err, ErrBadRequest), errors.Is(err, ErrUnknownRole):
		return http.StatusBadRequest
	case errors.Is(err, ErrNoSuchKey):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// deny wraps kind with a one-line reason.
func deny(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))
}
