# keysieve in a container: a static binary on an empty base, as a non-root
# user, scanning /src by default.
#   docker build -t keysieve .
#   docker run --rm -v "$PWD:/src:ro" keysieve                    # scan /src
#   docker run --rm -v "$PWD:/src:ro" keysieve history --range origin/main..HEAD /src
# Exit codes are keysieve's: 0 clean, 1 secrets found, 2 the scan failed.

ARG GO_VERSION=1.26.8

FROM golang:${GO_VERSION} AS build
WORKDIR /build
ENV CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-trimpath
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY . .
ARG VERSION=dev
RUN go build -ldflags "-s -w -X github.com/keysieve/keysieve/cli.buildVersion=${VERSION}" -o /out/keysieve . \
 && /out/keysieve version \
 && mkdir -p /out/tmp /out/src && chmod 1777 /out/tmp

FROM scratch
COPY --from=build /out/keysieve /keysieve
COPY --from=build /out/tmp /tmp
COPY --from=build --chown=65532:65532 /out/src /src
# A numeric user: scratch has no /etc/passwd, and none is needed.
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["/keysieve"]
CMD ["scan", "/src"]
