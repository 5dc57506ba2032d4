package verify

import (
	"context"
	"errors"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/smithy-go"

	"github.com/keysieve/keysieve/findings"
)

// awsRegion is where STS is called: its regional endpoint
// sts.us-east-1.amazonaws.com, which every commercial-partition key reaches.
const awsRegion = "us-east-1"

// awsEndpoint is that endpoint, pinned: no configuration or environment
// variable (AWS_ENDPOINT_URL_STS) chooses another.
const awsEndpoint = "https://sts.us-east-1.amazonaws.com"

// registerAWS verifies an AWS key pair with STS GetCallerIdentity, which
// needs no permission and changes nothing. A key id and a secret key are
// paired by file: each finding of one is checked with the nearest finding
// of the other in the same file (and commit).
func registerAWS(r *Registry) {
	r.Register("aws-access-key-id", Check{Provider: "AWS", Func: awsCheck, Pair: "aws-secret-access-key"})
	r.Register("aws-secret-access-key", Check{Provider: "AWS", Func: awsCheck, Pair: "aws-access-key-id", PairFirst: true})
}

// awsCheck gets "keyid\x00secret".
func awsCheck(ctx context.Context, pair string, env *Env) findings.Verification {
	id, secret, ok := strings.Cut(pair, "\x00")
	if !ok || id == "" || secret == "" {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "needs both a key id and a secret key"}
	}
	if !strings.HasPrefix(id, "AKIA") && !strings.HasPrefix(id, "ASIA") {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "not a long-term or temporary access key id; not sent"}
	}
	client := sts.New(sts.Options{
		Region:           awsRegion,
		BaseEndpoint:     aws.String(awsEndpoint),
		Credentials:      credentials.NewStaticCredentialsProvider(id, secret, ""),
		HTTPClient:       env.Client,
		RetryMaxAttempts: 1,
	})
	rctx, cancel := context.WithTimeout(ctx, env.Timeout)
	defer cancel()
	out, err := client.GetCallerIdentity(rctx, &sts.GetCallerIdentityInput{})
	if err != nil {
		return awsError(err)
	}
	return findings.Verification{Status: findings.VerifyValid, Detail: "STS GetCallerIdentity", Identity: map[string]string{
		"account": aws.ToString(out.Account),
		"arn":     aws.ToString(out.Arn),
		"user_id": aws.ToString(out.UserId),
	}}
}

// awsError reads an STS failure: an authentication error means invalid.
func awsError(err error) findings.Verification {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		switch ae.ErrorCode() {
		case "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "AccessDenied", "InvalidAccessKeyId":
			return findings.Verification{Status: findings.VerifyInvalid, Detail: "STS: " + ae.ErrorCode()}
		case "Throttling", "RequestLimitExceeded":
			return findings.Verification{Status: findings.VerifyError, Detail: "STS: rate limited"}
		}
		return findings.Verification{Status: findings.VerifyError, Detail: "STS: " + ae.ErrorCode()}
	}
	return errorVerification(err)
}
