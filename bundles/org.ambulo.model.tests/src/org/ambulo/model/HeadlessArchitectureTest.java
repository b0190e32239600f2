package org.ambulo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless core must stay headless: no bundle outside {@code org.ambulo.ui*} may use SWT, JFace or the e4 UI,
 * neither in its manifest nor in its sources. Runs over every bundle of the source tree, so a new bundle is checked
 * without registering it anywhere.
 */
class HeadlessArchitectureTest {

    private static final Pattern UI_NAMESPACE = Pattern.compile("\\borg\\.eclipse\\.(swt|jface|e4\\.ui)\\b[\\w.]*");

    @Test
    void noHeadlessBundleDependsOnUiToolkits() throws IOException {
        Path bundles = projectRoot().resolve("bundles");
        List<String> violations = violations(bundles);
        assertEquals(List.of(), violations, "headless bundles must not use SWT/JFace/e4 UI");
        try (Stream<Path> dirs = Files.list(bundles)) {
            assertTrue(dirs.filter(dir -> Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF"))).count() > 5, "bundles were scanned");
        }
    }

    @Test
    void theCheckCatchesAViolation(@TempDir Path bundles) throws IOException {
        Path bad = bundles.resolve("org.ambulo.signal");
        Files.createDirectories(bad.resolve("META-INF"));
        Files.writeString(bad.resolve("META-INF/MANIFEST.MF"),
                "Bundle-SymbolicName: org.ambulo.signal\nRequire-Bundle: org.eclipse.jface\n");
        Files.createDirectories(bad.resolve("src/org/ambulo/signal"));
        Files.writeString(bad.resolve("src/org/ambulo/signal/Plot.java"),
                "package org.ambulo.signal;\nimport org.eclipse.swt.widgets.Shell;\n");
        Path ui = bundles.resolve("org.ambulo.ui.review");
        Files.createDirectories(ui.resolve("META-INF"));
        Files.writeString(ui.resolve("META-INF/MANIFEST.MF"), "Require-Bundle: org.eclipse.swt\n");

        List<String> violations = violations(bundles);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("org.ambulo.signal") && violations.get(0).contains("org.eclipse.jface"), violations.get(0));
        assertTrue(violations.get(1).contains("Plot.java") && violations.get(1).contains("org.eclipse.swt.widgets.Shell"),
                violations.get(1));
    }

    static List<String> violations(Path bundles) throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> dirs;
        try (Stream<Path> list = Files.list(bundles)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path bundle : dirs) {
            String name = bundle.getFileName().toString();
            if (name.equals("org.ambulo.ui") || name.startsWith("org.ambulo.ui.")) {
                continue;
            }
            Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(manifest)) {
                find(manifest, Files.readString(manifest), name + "/META-INF/MANIFEST.MF", violations);
            }
            Path src = bundle.resolve("src");
            if (Files.isDirectory(src)) {
                try (Stream<Path> sources = Files.walk(src)) {
                    for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                        String imports = String.join("\n",
                                Files.readAllLines(source).stream().filter(line -> line.startsWith("import ")).toList());
                        find(source, imports, name + "/" + bundles.resolve(name).relativize(source), violations);
                    }
                }
            }
        }
        return violations;
    }

    private static void find(Path file, String text, String where, List<String> violations) {
        Matcher matcher = UI_NAMESPACE.matcher(text);
        while (matcher.find()) {
            violations.add(where + " uses " + matcher.group());
        }
    }

    /** The folder with the reactor's pom.xml and bundles/, found upwards from the test's working folder. */
    static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve(".mvn"))) {
                return dir;
            }
        }
        throw new IllegalStateException("project root (with bundles/ and .mvn/) not found above " + Path.of("").toAbsolutePath());
    }
}
