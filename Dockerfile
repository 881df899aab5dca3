# The API only; Neo4j comes from docker-compose.yml (or any server given by NEO4J_URI).
# Stage 1 builds the web pages (Vite) and compiles the server to JavaScript (tsc, `npm run build`):
# both are dev dependencies. Stage 2 holds only what runs, and runs it with plain node (no transpiler).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build:web && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY migrations ./migrations
COPY seeds ./seeds
# Read at start-up: the published operations (TRUSTED_DOCUMENTS).
COPY src/graphql/__generated__/trusted-documents.json ./src/graphql/__generated__/
COPY --from=build /app/build ./build
COPY --from=build /app/dist/web ./dist/web
USER node
EXPOSE 4000
# As npm start runs it (BENCHMARKS.md, Memory): V8's young generation at most 3 × 2 MB instead of 3 × 16 MB,
# and its old generation collected at API_HEAP_MB (160) rather than let grow to hundreds of MB under load.
ENV API_HEAP_MB=160
CMD ["sh", "-c", "exec node --max-semi-space-size=2 --max-old-space-size=${API_HEAP_MB} build/main.js"]
