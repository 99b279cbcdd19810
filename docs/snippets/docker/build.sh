#!/usr/bin/env bash
# Build, inspect and publish an image. Run from the directory holding the Dockerfile.
set -euo pipefail

IMAGE="${IMAGE:-123456789012.dkr.ecr.us-east-1.amazonaws.com/api}"
TAG="${TAG:-$(git rev-parse --short HEAD)}"

# Local build (BuildKit is the default builder in current Docker Engine).
docker build -t "${IMAGE}:${TAG}" .

# One line per layer: size and the instruction that created it.
docker history "${IMAGE}:${TAG}"

# x86 and Graviton in one image index, pushed with a registry-backed build cache
# (ECR needs image-manifest=true and oci-mediatypes=true for cache manifests).
# Multi-platform builds and registry cache export need the containerd image store (default in Docker
# Desktop and on fresh Docker Engine 29+ installs) or a docker-container builder:
#   docker buildx create --name multiarch --driver docker-container --use
# RUN steps for a non-native platform run under QEMU emulation (install binfmt handlers on Linux).
docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --cache-from "type=registry,ref=${IMAGE}:buildcache" \
  --cache-to "type=registry,ref=${IMAGE}:buildcache,mode=max,image-manifest=true,oci-mediatypes=true" \
  --tag "${IMAGE}:${TAG}" \
  --push .

# Resolve the tag to its immutable digest: deploy this, not the tag.
docker buildx imagetools inspect "${IMAGE}:${TAG}" --format '{{json .Manifest.Digest}}'
