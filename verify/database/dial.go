package database

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
)

// dialer wraps the caller's dial function to tell a refusal by policy
// (the guarded dialer refusing a private address) from a network
// failure, and to keep the first bytes a server sends (the MySQL
// handshake, which names the server version).
type dialer struct {
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// onRefuse, when set, is called on the first refusal by policy, to
	// end the check at once rather than let the driver retry.
	onRefuse func()
	// onFail, when set, is called when a dial fails for any reason.
	onFail func()

	mu        sync.Mutex
	connected bool
	refused   error
	last      error // the last dial error
	first     *recordConn
}

// DialContext opens a connection through the caller's dialer.
func (d *dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	var c net.Conn
	var err error
	if strings.HasPrefix(network, "tcp") {
		c, err = d.dial(ctx, network, addr)
	} else {
		err = fmt.Errorf("network %q: only TCP is dialed", network) // never a local socket
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.last = err
		if d.onFail != nil {
			d.onFail()
		}
		var ne net.Error
		if !errors.As(err, &ne) && ctx.Err() == nil && d.refused == nil {
			d.refused = err
			if d.onRefuse != nil {
				d.onRefuse()
			}
		}
		return nil, err
	}
	d.connected = true
	rc := &recordConn{Conn: c}
	if d.first == nil {
		d.first = rc
	}
	return rc, nil
}

// refusal is the dialer's refusal when no connection was ever made.
func (d *dialer) refusal() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.connected {
		return nil
	}
	return d.refused
}

// lastError is the last dial error when no connection was ever made.
func (d *dialer) lastError() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.connected {
		return nil
	}
	return d.last
}

// greeting is what the server sent first on the first connection.
func (d *dialer) greeting() []byte {
	d.mu.Lock()
	rc := d.first
	d.mu.Unlock()
	if rc == nil {
		return nil
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]byte(nil), rc.head...)
}

// recordConn keeps the first bytes read from a connection.
type recordConn struct {
	net.Conn
	mu   sync.Mutex
	head []byte
}

const recordLimit = 256

func (c *recordConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.mu.Lock()
	if room := recordLimit - len(c.head); room > 0 && n > 0 {
		c.head = append(c.head, p[:min(n, room)]...)
	}
	c.mu.Unlock()
	return n, err
}
