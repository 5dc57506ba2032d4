package database

import (
	"context"
	"errors"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver"

	"github.com/keysieve/keysieve/findings"
)

// checkMongo logs in to a MongoDB deployment with mongo-go-driver: the
// connection handshake authenticates (SCRAM), then a ping, which the
// driver needs to open a connection. mongodb+srv:// names are resolved
// by the driver's DNS lookups (SRV and TXT records); every connection
// still goes through the caller's dialer.
func checkMongo(ctx context.Context, t *target, d *dialer, timeout time.Duration) findings.Verification {
	opts := options.Client().ApplyURI(t.uri).
		SetDialer(d).
		SetTimeout(timeout).
		SetConnectTimeout(timeout).
		SetServerSelectionTimeout(timeout).
		SetRetryReads(false).
		SetRetryWrites(false).
		SetAppName("keysieve-verify")
	cred := options.Credential{Username: t.user, Password: t.password, AuthSource: t.database}
	if opts.Auth != nil {
		cred.AuthMechanism = opts.Auth.AuthMechanism
	}
	if m := strings.ToUpper(cred.AuthMechanism); m == "MONGODB-AWS" || m == "MONGODB-X509" || m == "MONGODB-OIDC" || m == "GSSAPI" {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "authMechanism " + m + " is not checked"}
	}
	opts.SetAuth(cred)
	if len(opts.Hosts) == 1 && opts.ReplicaSet == nil && !strings.HasPrefix(t.uri, "mongodb+srv") {
		opts.SetDirect(true)
		// The driver would retry an unreachable server until the
		// timeout; with one server, its first failure decides.
		var cancel context.CancelFunc
		ctx, cancel = context.WithCancel(ctx)
		defer cancel()
		d.mu.Lock()
		d.onFail = cancel
		d.mu.Unlock()
	}
	client, err := mongo.Connect(opts)
	if err != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "mongodb options: " + t.redact(err.Error())}
	}
	defer client.Disconnect(context.WithoutCancel(ctx))
	err = client.Ping(ctx, readpref.Nearest())
	if err == nil {
		return t.valid("authenticated", nil)
	}
	var de driver.Error
	if (errors.As(err, &de) && de.Code == 18) || strings.Contains(err.Error(), "AuthenticationFailed") {
		return invalid("authentication failed (code 18)")
	}
	if last := d.lastError(); last != nil {
		err = last // the dial error, not the driver's server selection summary
	}
	return t.failure(ctx, d, "connect", err)
}
