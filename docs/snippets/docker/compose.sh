#!/usr/bin/env bash
# Everyday Compose v2 commands ("docker compose", a Docker CLI plugin; the old
# Python "docker-compose" v1 binary stopped receiving updates in 2023).
set -euo pipefail

# One-time: the secret file that compose.yaml mounts at /run/secrets/pg_password.
mkdir -p secrets
[ -f secrets/pg_password.txt ] || openssl rand -base64 24 > secrets/pg_password.txt

docker compose config --quiet          # validate compose.yaml (and any override files)
docker compose up -d --build           # build the API image and start everything in the background
docker compose ps                      # state and health of each service
docker compose logs --tail=100 api     # last lines of one service (add -f to follow)

# Run three API replicas: a flag on "up" (v1's "docker-compose scale" is gone with v1;
# v2 also offers "docker compose scale api=3").
docker compose up -d --scale api=3
docker compose port --index 2 api 8080 # host port published for replica 2

docker compose exec postgres psql -U app -d appdb -c 'select 1'

docker compose down                    # stop and remove containers and the network; keeps volumes
docker compose down --volumes          # also delete named volumes (the database is gone)
