package org.advisoryforum.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a service's JVM keeps between runs to start faster (issue 13), written by the JVM itself on the first run.
 * <ul>
 *   <li>For the stack {@code ./deploy/run} starts (system property {@code advisoryforum.aot-cache=true}) on JDK 25 and
 *   later, the ahead-of-time cache (JEP 483, 514, 515): the classes loaded and linked, and method
 *   profiles, from a run of the service. A run records it as it exits ({@code -XX:AOTCacheOutput}); later runs map it
 *   ({@code -XX:AOTCache}) until the app is built again, when the next run records afresh.</li>
 *   <li>Else (the tests' stacks, which start from a clean build each time, and JDK 21 to 24) the dynamic class data
 *   archive, which the JVM writes at exit and refreshes itself when the app or the JDK changed; with it the JIT stops
 *   at C1, which starts faster and leaves the few cores to the tests.</li>
 * </ul>
 *
 * @param flags         the JVM options
 * @param writtenAtExit whether this run records the ahead-of-time cache as it exits (then stopping may take up to a
 *                      minute; the class data archive is written quickly, or not at all if the stop times out, and
 *                      the tests' JVM must not wait long for its stack: it is killed 30 s after it exits)
 */
record StartupCache(List<String> flags, boolean writtenAtExit) {

    static final String PROPERTY = "advisoryforum.aot-cache";

    static StartupCache of(Path directory, String name, Path appJar) {
        return of(
                directory,
                name,
                appJar,
                Boolean.getBoolean(PROPERTY) ? Runtime.version().feature() : 0);
    }

    /** {@code jdk}: the JDK's feature version, 0 when the ahead-of-time cache is not wanted. */
    static StartupCache of(Path directory, String name, Path appJar, int jdk) {
        if (jdk < 25) {
            return new StartupCache(
                    List.of(
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+AutoCreateSharedArchive",
                            "-XX:SharedArchiveFile=" + directory.resolve(name + ".jsa"),
                            "-Xlog:cds*=off"),
                    false);
        }
        Path cache = directory.resolve(name + ".aot");
        if (Files.isRegularFile(cache) && newerThanTheApp(cache, appJar)) {
            return new StartupCache(List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off"), false);
        }
        return new StartupCache(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off"), true);
    }

    /** Newer than every file of the packaged app (its runner and the jars beside it), so it was made from this build. */
    private static boolean newerThanTheApp(Path cache, Path appJar) {
        try (Stream<Path> files = Files.walk(appJar.toAbsolutePath().getParent())) {
            FileTime made = Files.getLastModifiedTime(cache);
            return files.filter(Files::isRegularFile).allMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(made) < 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
