package verify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// ErrPrivateAddress says a dial was refused because the address it
// resolved to is loopback, private, link-local, a cloud metadata service
// or otherwise not a public unicast address (see --verify-private).
var ErrPrivateAddress = errors.New("refused: address is loopback, private, link-local or metadata")

// extraBlocked are ranges refused besides what netip classifies: carrier
// NAT (Alibaba's metadata service lives there), Azure's wire server, the
// benchmarking, documentation and reserved blocks, and NAT64.
var extraBlocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("168.63.129.16/32"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// Blocked reports whether ip is an address a check must not reach unless
// private addresses are allowed.
func Blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range extraBlocked {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// guardControl is a net.Dialer Control function: it sees the address
// actually being connected to, after name resolution, so a name that
// resolves to a public address once and a private one later (DNS
// rebinding) is still refused.
func guardControl(allowPrivate bool) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("dial %s: %w", network, ErrPrivateAddress)
		}
		if Blocked(ap.Addr()) {
			return ErrPrivateAddress
		}
		return nil
	}
}

// DialFunc dials a network address.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// newDial returns the guarded dialer: TCP only, refusing blocked
// addresses unless allowPrivate; mapAddr (a test hook) rewrites the
// address first.
func newDial(allowPrivate bool, timeout time.Duration, mapAddr func(string) string) DialFunc {
	d := &net.Dialer{Timeout: timeout, Control: guardControl(allowPrivate)}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		switch network {
		case "tcp", "tcp4", "tcp6":
		default:
			return nil, fmt.Errorf("dial: network %q not allowed", network)
		}
		if mapAddr != nil {
			addr = mapAddr(addr)
		}
		conn, err := d.DialContext(ctx, network, addr)
		if errors.Is(err, ErrPrivateAddress) {
			// A refusal by policy, not a network failure: a plain error
			// (net.Dialer wraps it in a net.Error), so that callers such
			// as the database checks tell the two apart.
			return nil, fmt.Errorf("dial %s: %w", network, ErrPrivateAddress)
		}
		return conn, err
	}
}
