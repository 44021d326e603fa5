# syntax=docker/dockerfile:1
# egov-kg API image: `docker compose up --build` (docker-compose.yml) or
#   docker build -t egov-kg . && docker run -p 4000:4000 -e NEO4J_URI=… egov-kg
# Without NEO4J_URI the embedded Kùzu store lives in /data (mount a volume there).
# Debian (glibc), not Alpine: kuzu and @node-rs/jieba ship prebuilt glibc binaries.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off for the install (the package's `prepare` would compile before src/ is here), then
# run the one install script the runtime needs (kuzu copies its prebuilt binary).
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild kuzu
COPY tsconfig.json ./
COPY src ./src
RUN npx tsc -p tsconfig.json && npx tsc-alias -p tsconfig.json \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    EGOV_DATA_DIR=/data \
    EGOV_SEEDS_DIR=/app/seeds
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
# The official image's unprivileged user; the app writes only to /data.
USER node
EXPOSE 4000
VOLUME ["/data"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli/main.js", "serve"]
