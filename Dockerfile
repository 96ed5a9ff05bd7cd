# The launcher image: every stage runs from the same jar (`stage ingest`, `stage enrich`, `stage aggregate`).
# Build the jar first: ./mvnw -B -DskipTests package
FROM eclipse-temurin:17-jre
WORKDIR /opt/storywire
COPY app/target/storywire.jar storywire.jar
COPY seeds seeds
ENV STORYWIRE_DATA_DIR=/var/lib/storywire \
    STORYWIRE_HTTP_HOST=0.0.0.0
ENTRYPOINT ["java", "-jar", "/opt/storywire/storywire.jar"]
