package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./storywire} launcher as a user runs it: the real script, copied beside a launcher jar that is up to
 * date (so it does not build), with a {@code java} on the PATH that prints what it was started with.
 */
class LauncherScriptTest {

    @TempDir
    Path tmp;

    @Test
    void shouldLimitGlibcMallocArenasUnlessTheUserSetsThem() throws Exception {
        assertThat(launch(Map.of(), "run")).contains("MALLOC_ARENA_MAX=2")
                .contains("args=-jar app/target/storywire.jar run");
        assertThat(launch(Map.of("MALLOC_ARENA_MAX", "8"), "run")).contains("MALLOC_ARENA_MAX=8");
    }

    @Test
    void shouldPassJavaOptionsAndDefaultToRun() throws Exception {
        assertThat(launch(Map.of("JAVA_OPTS", "-Xmx768m")))
                .contains("args=-Xmx768m -jar app/target/storywire.jar run");
    }

    private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("app/target"));
        Files.copy(Path.of("..", "storywire"), home.resolve("storywire"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(home.resolve("app/target/storywire.jar"), "");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}\"\necho \"args=$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> command = new ArrayList<>(List.of("bash", home.resolve("storywire").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("MALLOC_ARENA_MAX");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
