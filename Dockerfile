# syntax=docker/dockerfile:1
# Husly as a container image (README § "In a container"):
#
#   docker build -t husly .                 # or: docker compose up -d --build (compose.yaml)
#
# Two stages on one Node image. The build stage installs everything (`npm ci`, whose postinstall
# generates the Prisma clients and trains the intent model), compiles with `npm run build` and
# then drops the devDependencies (`npm prune --omit=dev`, then the Prisma CLI and TypeScript,
# which that keeps as optional peers of @prisma/client). The runtime stage takes that result
# and nothing else, and runs as the unprivileged `node` user. Both stages must stay on the same
# image: better-sqlite3 is a native module, compiled in the first for the Node of the second.
# tests/scripts/container-image.cli.test.ts holds this file to what the tests run.

# Node 22, the newest Node Husly runs on: restify 11 reaches for process.binding('http_parser'),
# which Node 24 removed (README, "Node versions").
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
# node-gyp's toolchain, for better-sqlite3 where no prebuilt binary can be downloaded.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci && npm run build \
  && npm prune --omit=dev && node scripts/prune-dev-optional.mjs

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HUSLY_MODE=production PORT=3978
WORKDIR /app
# Owned by root, read-only to Husly. Besides the compiled build (dist/) and the production
# packages: the sources and scripts, for the operator's tasks (`npm run org:import`, `retention`,
# `report`, `innsyn`, `db:migrate` …), which run through tsx, a production dependency.
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/src ./src
COPY --from=build /app/dialogs ./dialogs
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
# The one place Husly writes, for a SQLite database (DATABASE_URL=file:./data/husly.db, the
# default); mount a volume here. compose.yaml uses PostgreSQL instead.
RUN mkdir data && chown node:node data
USER node
EXPOSE 3978
# Node's own fetch: the slim image has no curl. /healthz answers 503 until Husly can answer.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs in production (scripts/start.mjs), without npm in front: Docker sends
# SIGTERM to this process itself.
CMD ["node", "--disable-warning=DEP0111", "--max-old-space-size=256", "--max-semi-space-size=2", "dist/src/main.js"]
