package api

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/netip"
	"os"
	"time"
)

// listenTCP opens the optional TCP listener: plain HTTP on a loopback
// address (as reachable as the unix socket), TLS anywhere else.
func (s *Server) listenTCP() error {
	if s.cfg.Authorizer == nil {
		return ErrNoAuthorizer
	}
	host, _, err := net.SplitHostPort(s.cfg.TCP)
	if err != nil {
		return fmt.Errorf("api.tcp %q: %w", s.cfg.TCP, err)
	}
	ln, err := net.Listen("tcp", s.cfg.TCP)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.cfg.TCP, err)
	}
	if ip, err := netip.ParseAddr(host); (err == nil && ip.IsLoopback()) || host == "localhost" {
		s.tcp = ln
		s.serveOn(ln)
		s.log.Info("API on TCP", "addr", s.TCPAddr())
		return nil
	}
	cert, err := LoadOrCreateCert(s.cfg.TLSCert, s.cfg.TLSKey, host)
	if err != nil {
		ln.Close()
		return err
	}
	s.tls = true
	s.tcp = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13})
	s.serveOn(s.tcp)
	s.log.Info("API on TCP with TLS", "addr", s.TCPAddr(), "cert", s.cfg.TLSCert)
	return nil
}

// LoadOrCreateCert loads the API's TLS certificate, creating a self-signed
// ECDSA one (for host, localhost and the loopback addresses, ten years) on
// first use. Clients pin it (`--api-cert`), as LND's clients pin tls.cert.
func LoadOrCreateCert(certPath, keyPath, host string) (tls.Certificate, error) {
	if certPath == "" || keyPath == "" {
		return tls.Certificate{}, errors.New("TLS certificate and key paths are required")
	}
	if c, err := tls.LoadX509KeyPair(certPath, keyPath); err == nil {
		return c, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return tls.Certificate{}, fmt.Errorf("load API certificate: %w", err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{Organization: []string{"westworld node API"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
		tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
	} else if host != "" && ip == nil {
		tmpl.DNSNames = append(tmpl.DNSNames, host)
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		// Listening on every address: name each one the host has now.
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					tmpl.IPAddresses = append(tmpl.IPAddresses, n.IP)
				}
			}
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return tls.Certificate{}, err
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600); err != nil {
		return tls.Certificate{}, fmt.Errorf("write API key: %w", err)
	}
	if err := os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return tls.Certificate{}, fmt.Errorf("write API certificate: %w", err)
	}
	return tls.LoadX509KeyPair(certPath, keyPath)
}

// PinnedTLS returns a client TLS config that trusts only the certificate
// in certPath.
func PinnedTLS(certPath string) (*tls.Config, error) {
	pemBytes, err := os.ReadFile(certPath)
	if err != nil {
		return nil, fmt.Errorf("read API certificate: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pemBytes) {
		return nil, fmt.Errorf("%s holds no PEM certificate", certPath)
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS13}, nil
}
