#!/usr/bin/env bash
# Docker networking modes, one command each. Needs a local Docker Engine.
set -euo pipefail

# User-defined bridge: containers on it resolve each other by name through
# Docker's embedded DNS server (127.0.0.11 inside each container).
docker network create app-net
docker run -d --name db --network app-net \
  -e POSTGRES_PASSWORD="$(openssl rand -hex 16)" postgres:16-alpine

# "db" resolves to the database container's IP on app-net.
docker run --rm --network app-net busybox:1.36 nslookup db
until docker run --rm --network app-net postgres:16-alpine pg_isready -q -h db -p 5432; do
  sleep 1
done

# Publish a port on loopback only; plain -p 8080:80 listens on every host interface.
docker run -d --name web --network app-net -p 127.0.0.1:8080:80 nginx:1.27-alpine

# Host mode: the container shares the host's network stack (no NAT, no isolation, -p ignored).
docker run --rm --network host busybox:1.36 ip addr show

# No network at all: only a loopback interface.
docker run --rm --network none busybox:1.36 ip addr show

docker network inspect app-net

# Overlay networks span hosts and need Swarm mode (a cluster-wide change, so left commented):
#   docker swarm init
#   docker network create --driver overlay --attachable backend

docker rm -f web db
docker network rm app-net
