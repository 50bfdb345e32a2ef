package p2p

import (
	"context"
	"log/slog"
)

// demoteHandler lowers the level of a library's log records: go-libp2p-pubsub
// warns about conditions that are routine for a small mesh (no DHT peers yet
// to advertise a topic to), which operators should not see at info level.
type demoteHandler struct{ h slog.Handler }

func (d demoteHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return d.h.Enabled(ctx, demote(l))
}

func (d demoteHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = demote(r.Level)
	return d.h.Handle(ctx, r)
}

func (d demoteHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return demoteHandler{d.h.WithAttrs(as)}
}
func (d demoteHandler) WithGroup(n string) slog.Handler { return demoteHandler{d.h.WithGroup(n)} }

func demote(l slog.Level) slog.Level {
	if l >= slog.LevelError {
		return slog.LevelWarn
	}
	return slog.LevelDebug
}
