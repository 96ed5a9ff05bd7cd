# The service image: the stages only (service/target/storywire-service.jar: no embedded broker, eval or test kit).
# Every stage runs from it: `stage ingest`, `stage enrich`, `stage aggregate`, against STORYWIRE_BOOTSTRAP_SERVERS.
# Build the jar first: ./mvnw -B -DskipTests package && docker build -t storywire:0.1.0 .
# ServiceImageFilesTest checks the user, volume and health check below.
FROM eclipse-temurin:17-jre

# curl for the HEALTHCHECK: the Temurin images no longer ship it
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 storywire \
 && useradd --system --uid 10001 --gid storywire --home-dir /var/lib/storywire --shell /usr/sbin/nologin storywire \
 && mkdir -p /var/lib/storywire/streams \
 && chown -R storywire:storywire /var/lib/storywire

WORKDIR /opt/storywire
COPY service/target/storywire-service.jar storywire-service.jar
COPY seeds seeds

# Streams state (RocksDB stores, checkpoints) lives in the volume, so a recreated container restores from local
# state instead of replaying the changelogs. HEALTHCHECK_PORT is the stage's port that answers /health/live: the
# aggregate's and ingest's http.port, enrich's enrich.ops.port (compose sets it per service).
ENV STORYWIRE_DATA_DIR=/var/lib/storywire \
    STORYWIRE_STATE_DIR=/var/lib/storywire/streams \
    STORYWIRE_HTTP_HOST=0.0.0.0 \
    HEALTHCHECK_PORT=7070
# two glibc malloc arenas instead of up to 8 per core: the arenas keep what RocksDB frees (as ./storywire does)
ENV MALLOC_ARENA_MAX=2
VOLUME ["/var/lib/storywire"]
EXPOSE 7070

# numeric, so an orchestrator's runAsNonRoot check can verify it without reading /etc/passwd
USER 10001:10001

HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fs "http://localhost:${HEALTHCHECK_PORT}/health/live" || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/storywire/storywire-service.jar"]
