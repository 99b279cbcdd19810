# syntax=docker/dockerfile:1
# Install private npm packages with a build secret, then ship only what runs.
# Build: docker build --secret id=npmrc,src="$HOME/.npmrc" -f private-deps.Dockerfile -t web:dev .

FROM node:22-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The token is mounted for this one RUN step only; it is never written to a layer.
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci --omit=dev

# Distroless runtime: no shell, no package manager; the :nonroot tag runs as UID 65532.
FROM gcr.io/distroless/nodejs22-debian12:nonroot
# Repeat the UID numerically so the image states it and Kubernetes runAsNonRoot can verify it.
USER 65532:65532
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY src/ ./src/
# The image's entrypoint is node, so CMD holds only the script.
CMD ["src/server.js"]
