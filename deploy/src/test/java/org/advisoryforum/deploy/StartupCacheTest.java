package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path dir;

    private Path app() throws IOException {
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("lib/main/some.jar"), "jar");
        return Files.writeString(app.resolve("quarkus-run.jar"), "runner");
    }

    @Test
    void onJdk25TheFirstRunRecordsTheAheadOfTimeCacheAndLaterRunsUseIt() throws IOException {
        Path app = app();
        StartupCache first = StartupCache.of(dir, "gateway", app, 25);
        assertThat(first.flags()).contains("-XX:AOTCacheOutput=" + dir.resolve("gateway.aot"));
        assertThat(first.writtenAtExit()).isTrue();
        assertThat(first.flags())
                .noneMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel")); // C2 for RSA's intrinsics

        Files.writeString(dir.resolve("gateway.aot"), "cache");
        Files.setLastModifiedTime(
                dir.resolve("gateway.aot"), FileTime.from(Instant.now().plusSeconds(5)));
        StartupCache later = StartupCache.of(dir, "gateway", app, 25);
        assertThat(later.flags())
                .contains("-XX:AOTCache=" + dir.resolve("gateway.aot"))
                .noneMatch(flag -> flag.startsWith("-XX:AOTCacheOutput"));
        assertThat(later.writtenAtExit()).isFalse();
    }

    @Test
    void aCacheOlderThanAnyFileOfTheAppIsRecordedAfresh() throws IOException {
        Path app = app();
        Files.writeString(dir.resolve("gateway.aot"), "cache");
        Files.setLastModifiedTime(
                dir.resolve("gateway.aot"), FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(StartupCache.of(dir, "gateway", app, 25).flags())
                .contains("-XX:AOTCacheOutput=" + dir.resolve("gateway.aot"));
    }

    @Test
    void beforeJdk25OrForTheTestsStacksTheJvmKeepsItsOwnClassDataArchiveAndStopsAtC1() throws IOException {
        StartupCache cache = StartupCache.of(dir, "gateway", app(), 21);
        assertThat(cache.flags())
                .contains(
                        "-XX:+AutoCreateSharedArchive",
                        "-XX:SharedArchiveFile=" + dir.resolve("gateway.jsa"),
                        "-XX:TieredStopAtLevel=1");
        assertThat(StartupCache.of(dir, "gateway", app(), 0).flags()).isEqualTo(cache.flags());
        assertThat(cache.writtenAtExit())
                .as("the stack stops within the usual 15 s")
                .isFalse();
        assertThat(cache.flags()).noneMatch(flag -> flag.contains("AOT"));
    }
}
