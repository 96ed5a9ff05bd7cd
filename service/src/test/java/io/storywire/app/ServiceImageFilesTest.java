package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's promises, read as Docker reads the file (instructions with their continuation lines joined):
 * no Docker engine runs here to build it, so what can be checked without one is checked here.
 */
class ServiceImageFilesTest {

    private static List<String> instructions;

    @BeforeAll
    static void readDockerfile() throws IOException {
        instructions = instructions(Files.readAllLines(Path.of("..", "Dockerfile")));
    }

    /** Joins continuation lines, drops comments and blank lines: one entry per instruction. */
    static List<String> instructions(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                cur.append(line, 0, line.length() - 1).append(' ');
            } else {
                cur.append(line);
                out.add(cur.toString().replaceAll("\\s+", " "));
                cur.setLength(0);
            }
        }
        return out;
    }

    private static List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.toUpperCase(Locale.ROOT).startsWith(keyword + " ")).toList();
    }

    private static String last(String keyword) {
        List<String> found = all(keyword);
        assertThat(found).as(keyword).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void shouldShipTheServiceJarNotTheToolsLauncher() {
        assertThat(all("COPY")).anyMatch(c -> c.startsWith("COPY service/target/storywire-service.jar "));
        assertThat(instructions).noneMatch(i -> i.contains("app/target/storywire.jar"));
        assertThat(last("ENTRYPOINT")).contains("-jar", "storywire-service.jar");
    }

    @Test
    void shouldRunAsANonRootUserCreatedInTheImage() {
        String user = last("USER").substring("USER ".length()).trim();
        String uid = user.split(":")[0];
        assertThat(uid).isNotIn("root", "0");
        // the user exists and owns the state directory
        assertThat(all("RUN")).anyMatch(r -> r.contains("useradd") && r.contains("--uid " + uid)
                && r.contains("chown -R storywire:storywire /var/lib/storywire"));
        // nothing after USER runs as root again
        int userAt = instructions.lastIndexOf(last("USER"));
        assertThat(instructions.subList(userAt, instructions.size())).noneMatch(i -> i.startsWith("RUN "));
    }

    @Test
    void shouldKeepStreamsStateInAVolume() {
        assertThat(last("VOLUME")).contains("/var/lib/storywire");
        String env = String.join(" ", all("ENV"));
        assertThat(env).contains("STORYWIRE_DATA_DIR=/var/lib/storywire",
                "STORYWIRE_STATE_DIR=/var/lib/storywire/streams");
    }

    @Test
    void shouldCheckLivenessWithCurlOnTheStagePort() {
        String check = last("HEALTHCHECK");
        assertThat(check).contains("CMD curl -fs", "http://localhost:${HEALTHCHECK_PORT}/health/live");
        assertThat(check).containsPattern("--interval=\\d+s").containsPattern("--start-period=\\d+s");
        // curl is not in the Temurin base image: the image installs it
        assertThat(all("RUN")).anyMatch(r -> r.contains("apt-get install") && r.contains(" curl"));
        assertThat(String.join(" ", all("ENV"))).contains("HEALTHCHECK_PORT=");
    }

    @Test
    void shouldLimitGlibcMallocArenasAsTheLauncherDoes() {
        assertThat(all("ENV")).contains("ENV MALLOC_ARENA_MAX=2");
    }

    @Test
    void shouldJoinContinuationLinesAsDockerDoes() {
        assertThat(instructions(List.of("# c", "RUN a \\", "  && b", "", "USER 1"))).containsExactly("RUN a && b",
                "USER 1");
    }
}
