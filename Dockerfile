# The API only; Neo4j comes from docker-compose.yml (or any server given by NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
