package capability_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	macaroon "gopkg.in/macaroon.v2"

	"github.com/x0tta6bl4/westworld/node/capability"
	"github.com/x0tta6bl4/westworld/storage"
)

// A node bakes a macaroon; its holder narrows it offline with nothing but
// macaroon.v2 and hands the narrower one on.
func Example_attenuate() {
	dir, _ := os.MkdirTemp("", "capability-example")
	defer os.RemoveAll(dir)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := storage.New(storage.Config{Dir: dir, Logger: quiet})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	svc, _ := capability.New(capability.Config{Now: func() time.Time { return now }, Logger: quiet},
		st.Namespace(storage.PrefixCapability), nil)
	ctx := context.Background()

	baked, _ := svc.Bake(ctx, capability.BakeRequest{
		Ops: []capability.Op{capability.OpPeersRead, capability.OpPeersWrite},
	})

	// The holder, offline:
	var m macaroon.Macaroon
	_ = m.UnmarshalBinary(baked.Macaroon)
	_ = m.AddFirstPartyCaveat([]byte(capability.OpsCaveat(capability.OpPeersRead).String()))
	_ = m.AddFirstPartyCaveat([]byte(capability.UsesCaveat(30).String()))
	narrow, _ := m.MarshalBinary()

	for _, op := range []capability.Op{capability.OpPeersRead, capability.OpPeersWrite} {
		_, err := svc.Check(ctx, narrow, capability.Request{Op: op})
		fmt.Printf("%s: %v (HTTP %d)\n", op, err, capability.StatusCode(err))
	}
	d, _ := svc.Inspect(ctx, narrow)
	for _, c := range d.Caveats {
		fmt.Println(c.Text)
	}
	// Output:
	// peers:read: <nil> (HTTP 200)
	// peers:write: operation not permitted: peers:write is not among the macaroon's operations (HTTP 403)
	// may: read peers, write peers
	// may: read peers
	// at most 30 requests a minute
}
