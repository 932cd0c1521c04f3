# supportbot-mock as a service container (CI `services:`, compose, a sidecar).
# BASE is any Debian-like image with Node >= 20.19 and npm; `npm run test:container`
# builds one from Debian's own packages, since CI reaches no image registry.
ARG BASE=node:20-slim

FROM ${BASE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Scripts off: the build below is the one build, and no dependency needs an install script.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# pdf-parse is an optional peer (a dev dependency here): the image keeps it, as a dependency,
# so PDF knowledge uploads work as they do in a checkout. The rest of the dev tools go.
RUN npm run build \
 && npm pkg delete devDependencies.pdf-parse \
 && npm pkg set "dependencies.pdf-parse=$(node -p 'require("./node_modules/pdf-parse/package.json").version')" \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${BASE}
ENV NODE_ENV=production PORT=4010 SUPPORTBOT_MOCK_CA_DIR=/data/ca
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/openapi.yaml /src/openapi.json ./
COPY --from=build /src/openapi ./openapi
# Fixtures and a --state file live in /data, a volume owned by the user the mock runs as.
RUN mkdir -p /data && chown 10001:10001 /data
VOLUME ["/data"]
USER 10001:10001
EXPOSE 4010
# Node is PID 1: the CLI itself stops on SIGTERM (and SIGINT), saving --state first.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/__admin/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/bin/main.js"]
CMD ["start", "--host", "0.0.0.0"]
