# The API only; Neo4j comes from docker-compose.yml (or any server given by NEO4J_URI).
# Stage 1 builds the web pages (Vite is a dev dependency); stage 2 holds only what runs.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY migrations ./migrations
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
COPY --from=web /app/dist/web ./dist/web
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
