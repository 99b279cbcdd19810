#!/usr/bin/env bash
# Named volumes, bind mounts and tmpfs, plus backup and restore of a named volume.
set -euo pipefail

# Named volume: Docker manages the storage; it outlives every container that uses it.
docker volume create mysql_data
docker run -d --name mysql -e MYSQL_RANDOM_ROOT_PASSWORD=yes \
  --mount type=volume,source=mysql_data,target=/var/lib/mysql mysql:8.4

# Bind mount for development: edit on the host, the container sees the change at once.
# The anonymous volume on /app/node_modules keeps the container's own dependencies
# (built for Linux) from being hidden by the host folder.
docker run -d --name web-dev -w /app -p 127.0.0.1:3000:3000 \
  -v "$(pwd)":/app -v /app/node_modules node:22 npm run dev

# Read-only bind mount for configuration; --mount fails if the host path is missing,
# where -v would silently create an empty directory.
docker run -d --name proxy -p 127.0.0.1:8080:80 \
  --mount type=bind,source="$(pwd)/nginx.conf",target=/etc/nginx/nginx.conf,readonly \
  nginx:1.27-alpine

# tmpfs: RAM only, gone when the container stops; counts against the container's memory limit.
docker run --rm --tmpfs /scratch:size=100m,mode=1777 busybox:1.36 df -h /scratch

docker volume ls
docker volume inspect mysql_data

# Backup: stop writers first, then tar the volume from a throwaway container.
docker stop mysql
docker run --rm -v mysql_data:/source:ro -v "$(pwd)":/backup alpine:3.20 \
  tar czf /backup/mysql_data.tar.gz -C /source .

# Restore into a new, empty volume.
docker volume create mysql_restored
docker run --rm -v mysql_restored:/target -v "$(pwd)":/backup alpine:3.20 \
  tar xzf /backup/mysql_data.tar.gz -C /target

docker rm -f mysql web-dev proxy
docker volume prune --force   # removes unused anonymous volumes only (named ones need --all)
