# The Stipple app: builds against the compose database, then serves with `npm start`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 3000
# The build prerenders from the database, so it runs when the database is reachable: at start.
CMD ["sh", "-c", "npm run build && exec npm start"]
