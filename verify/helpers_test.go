package verify

import (
	"context"
	"os"

	"github.com/keysieve/keysieve/internal/verifyhook"
)

func readRulesTOML() (string, error) {
	b, err := os.ReadFile("../rules.toml")
	return string(b), err
}

func hookFrom(ctx context.Context) *verifyhook.Hook { return verifyhook.From(ctx) }

func hookWith(ctx context.Context, addr string, h *verifyhook.Hook) context.Context {
	return verifyhook.With(ctx, &verifyhook.Hook{RootCAs: h.RootCAs, Addr: func(string) string { return addr }})
}
