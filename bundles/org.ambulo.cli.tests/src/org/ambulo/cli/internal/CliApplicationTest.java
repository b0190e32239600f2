package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ambulo.testdata.SharedData;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Runs the headless application as Equinox would, with the real DS services, and checks output and exit codes. */
class CliApplicationTest {

    private record Run(Object exitCode, String out, String err) {
    }

    private static synchronized Run run(String... args) throws Exception {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Object exit = new CliApplication().start(context(args));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static IApplicationContext context(String... args) {
        Map<String, Object> arguments = Map.of(IApplicationContext.APPLICATION_ARGS, args);
        return (IApplicationContext) Proxy.newProxyInstance(CliApplicationTest.class.getClassLoader(),
                new Class<?>[]{IApplicationContext.class},
                (proxy, method, methodArgs) -> method.getName().equals("getArguments") ? arguments : null);
    }

    @Test
    void versionPrintsTheBundleVersionAndExitsZero() throws Exception {
        Run run = run("--version");
        var version = FrameworkUtil.getBundle(CliApplication.class).getVersion();
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Ambulo " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro()), run.out());
        assertTrue(run.out().contains(version.getQualifier()), "build qualifier shown: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() throws Exception {
        Run run = run("--help");
        assertEquals(0, run.exitCode());
        for (String expected : List.of("list FOLDER", "inspect FILE [--json]", "--version", "64")) {
            assertTrue(run.out().contains(expected), expected + " in help");
        }
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Run run = run("analyse");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown command 'analyse'"), run.err());
    }

    @Test
    void listUsesTheCatalogServiceOnARealSessionFolder() throws Exception {
        Run run = run("list", SharedData.resolve("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(ListCommand.HEADER, lines.get(0));
        assertEquals(7, lines.size(), "header and six Eb015 files");
        assertTrue(lines.get(1).startsWith("Eb015pi.c3d\t"), lines.get(1));
        assertEquals(List.of("450", "50", "200", "26", "16"), List.of(lines.get(1).split("\t")).subList(2, 7), lines.get(1));
    }

    @Test
    void listOfAMissingFolderIsBadInputNamingIt() throws Exception {
        Run run = run("list", "/nonexistent/session");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("/nonexistent/session"), run.err());
    }

    @Test
    void inspectOfABrokenFileIsBadInputNamingTheFile() throws Exception {
        Run run = run("inspect", SharedData.resolve("OpenMA__openma-data/input/c3d/other/Empty.c3d").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Empty.c3d"), run.err());
        assertEquals("", run.out());
    }
}
