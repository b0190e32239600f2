package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class MethodRunnerTest {

    private static final List<Path> TRIALS = List.of(FakeProcessors.shared("Gait.c3d"), FakeProcessors.shared("Gait 1.c3d"),
            FakeProcessors.shared("561xxa01_anonym.C3D"), FakeProcessors.shared("mocap36.c3d"));
    private static final Path STATIC = FakeProcessors.shared("Gait.c3d");

    private static Method method() {
        return MethodJsonTest.sample();
    }

    private static List<TrialOutcome> run(Method method, int parallelism, List<Path> trials, ProgressListener listener)
            throws MethodException {
        return new MethodRunner("0.1.0-test", parallelism).run(method, FakeProcessors.standard(), Optional.of(STATIC), trials,
                TrialLoader.c3d(),
                listener);
    }

    private static TrialOutcome.Succeeded succeeded(TrialOutcome outcome) {
        return assertInstanceOf(TrialOutcome.Succeeded.class, outcome,
                () -> outcome instanceof TrialOutcome.Failed f ? f.error().getMessage() : "");
    }

    @Test
    void runningTheSameMethodTwiceGivesBitIdenticalResults() throws Exception {
        List<TrialOutcome> first = run(method(), 2, TRIALS, ProgressListener.NONE);
        List<TrialOutcome> second = run(method(), 1, TRIALS, ProgressListener.NONE);
        for (int t = 0; t < TRIALS.size(); t++) {
            TrialContext a = succeeded(first.get(t)).context();
            TrialContext b = succeeded(second.get(t)).context();
            Map<String, double[]> smoothedA = a.get(FakeProcessors.SMOOTHED).orElseThrow().xyzMm();
            Map<String, double[]> smoothedB = b.get(FakeProcessors.SMOOTHED).orElseThrow().xyzMm();
            assertEquals(smoothedA.keySet(), smoothedB.keySet());
            assertFalse(smoothedA.isEmpty(), TRIALS.get(t) + " has markers");
            for (String label : smoothedA.keySet()) {
                long[] bitsA = Arrays.stream(smoothedA.get(label)).mapToLong(Double::doubleToRawLongBits).toArray();
                long[] bitsB = Arrays.stream(smoothedB.get(label)).mapToLong(Double::doubleToRawLongBits).toArray();
                assertTrue(Arrays.equals(bitsA, bitsB), TRIALS.get(t) + " " + label);
            }
            Map<String, Double> lengthsA = a.get(FakeProcessors.PATH_LENGTHS).orElseThrow().lengthMm();
            Map<String, Double> lengthsB = b.get(FakeProcessors.PATH_LENGTHS).orElseThrow().lengthMm();
            lengthsA.forEach((label, length) -> assertEquals(Double.doubleToRawLongBits(length),
                    Double.doubleToRawLongBits(lengthsB.get(label)), label));
            assertEquals(a.get(Provenance.KEY), b.get(Provenance.KEY), "the provenance is the same too");
            assertEquals(Json.write(a.get(Provenance.KEY).orElseThrow().toJson()),
                    Json.write(b.get(Provenance.KEY).orElseThrow().toJson()));
        }
    }

    @Test
    void provenanceNamesInputsByDigestAndEveryStepWithFullSettings() throws Exception {
        TrialOutcome.Succeeded outcome = succeeded(run(method(), 2, TRIALS.subList(1, 2), ProgressListener.NONE).get(0));
        Provenance provenance = outcome.provenance();
        assertEquals(outcome.context().get(Provenance.KEY).orElseThrow(), provenance);
        assertEquals("0.1.0-test", provenance.ambuloVersion());
        assertEquals("org.example.lab", provenance.methodId());
        assertEquals("3", provenance.methodVersion());
        assertEquals(List.of(new Provenance.InputFile(Provenance.InputRole.DYNAMIC, "Gait 1.c3d", java.nio.file.Files.size(TRIALS.get(1)),
                FileDigests.sha256Hex(TRIALS.get(1))),
                new Provenance.InputFile(Provenance.InputRole.STATIC, "Gait.c3d", java.nio.file.Files.size(STATIC),
                        FileDigests.sha256Hex(STATIC))),
                provenance.inputs());
        assertEquals(
                List.of("STATIC org.ambulo.test.calibrate 1.0 {}", "DYNAMIC org.ambulo.test.smooth 1.0 {\"windowFrames\":7,\"scale\":1.0}",
                        "DYNAMIC org.ambulo.test.pathLength 1.0 {}"),
                provenance.steps().stream()
                        .map(s -> s.section() + " " + s.processorId() + " " + s.processorVersion() + " " + Json.writeCompact(s.settings()))
                        .toList(),
                "settings in full, the default scale included");
        // The calibration computed on the static trial reached the dynamic trial.
        double calibration = outcome.context().get(FakeProcessors.CALIBRATION).orElseThrow();
        assertEquals(calibration, outcome.context().get(FakeProcessors.PATH_LENGTHS).orElseThrow().calibrationFactor());
        assertEquals(FakeProcessors.CALIBRATE, outcome.context().producerOf(FakeProcessors.CALIBRATION).orElseThrow());
    }

    @Test
    void withoutStaticTrialTheStaticStepsAreSkippedAndSaySo() throws Exception {
        TrialOutcome.Succeeded outcome = succeeded(new MethodRunner("v", 1)
                .run(method(), FakeProcessors.standard(), TRIALS.subList(0, 1), TrialLoader.c3d(), ProgressListener.NONE).get(0));
        assertTrue(outcome.context().get(FakeProcessors.CALIBRATION).isEmpty());
        assertEquals(1.0, outcome.context().get(FakeProcessors.PATH_LENGTHS).orElseThrow().calibrationFactor());
        assertEquals(List.of(Provenance.InputRole.DYNAMIC),
                outcome.provenance().inputs().stream().map(Provenance.InputFile::role).toList());
        assertTrue(outcome.provenance().steps().stream().noneMatch(s -> s.section() == Method.Section.STATIC));
    }

    /** Sleeps long on one trial so that it finishes after the others. */
    record SlowSettings(String slowFile, long sleepMillis) {
    }

    static final class Slow extends FakeProcessors.Base<SlowSettings> {
        Slow() {
            super("org.ambulo.test.slow", SlowSettings.class, new SlowSettings("", 0));
        }

        @Override
        public TrialContext process(TrialContext context, SlowSettings settings) {
            if (context.source().sourceName().equals(settings.slowFile())) {
                try {
                    Thread.sleep(settings.sleepMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return context;
        }
    }

    @Test
    void resultsComeInTrialOrderAndOneBadTrialDoesNotStopTheOthers() throws Exception {
        List<Path> trials = new ArrayList<>(TRIALS);
        trials.add(2, FakeProcessors.shared("Empty.c3d"));
        trials.add(STATIC.resolveSibling("no-such-file.c3d"));
        Method method = new Method("m", "1", "",
                List.of(new Method.Step("org.ambulo.test.slow", obj("{\"slowFile\": \"Gait.c3d\", \"sleepMillis\": 300}")),
                        new Method.Step(FakeProcessors.FAIL_ON, obj("{\"fileName\": \"561xxa01_anonym.C3D\"}")),
                        Method.Step.of(FakeProcessors.SMOOTH)));
        List<Path> finishOrder = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void trialFinished(TrialOutcome outcome) {
                finishOrder.add(outcome.trial());
            }
        };
        ProcessorRegistry registry = FakeProcessors.registry(new Slow(), new FakeProcessors.FailOn(), new FakeProcessors.Smooth());
        List<TrialOutcome> outcomes = new MethodRunner("v", 3).run(method, registry, trials, TrialLoader.c3d(), listener);

        assertEquals(trials, outcomes.stream().map(TrialOutcome::trial).toList(), "outcomes in the order of the trials given");
        assertTrue(finishOrder.indexOf(trials.get(0)) > 0, "the slow first trial did not finish first: " + finishOrder);
        succeeded(outcomes.get(0));
        succeeded(outcomes.get(1));
        ProcessingException empty = assertInstanceOf(TrialOutcome.Failed.class, outcomes.get(2)).error();
        assertEquals("Empty.c3d", empty.trial());
        assertEquals(MethodRunner.LOADER_ID, empty.processorId());
        assertTrue(empty.getMessage().startsWith("Empty.c3d: org.ambulo.pipeline.load: cannot read the trial: "), empty.getMessage());
        TrialOutcome.Failed buggy = assertInstanceOf(TrialOutcome.Failed.class, outcomes.get(3));
        assertEquals("561xxa01_anonym.C3D: org.ambulo.test.failOn: step 2 failed unexpectedly: "
                + "java.lang.IllegalStateException: deliberate failure on 561xxa01_anonym.C3D", buggy.error().getMessage());
        assertEquals(List.of("org.ambulo.test.slow"),
                buggy.provenance().orElseThrow().steps().stream().map(Provenance.StepRecord::processorId).toList(),
                "the provenance of a failed trial lists the steps that ran");
        succeeded(outcomes.get(4));
        ProcessingException missing = assertInstanceOf(TrialOutcome.Failed.class, outcomes.get(5)).error();
        assertTrue(missing.getMessage().startsWith("no-such-file.c3d: org.ambulo.pipeline.load: cannot read the file: "),
                missing.getMessage());
    }

    @Test
    void aFailingStaticTrialFailsEveryTrialNamingTheStaticStep() throws Exception {
        Method method = new Method("m", "1", "", List.of(new Method.Step(FakeProcessors.FAIL_ON, obj("{\"fileName\": \"Gait.c3d\"}")),
                Method.Step.of(FakeProcessors.CALIBRATE)), List.of(FakeProcessors.CALIBRATION.name()),
                List.of(Method.Step.of(FakeProcessors.SMOOTH)));
        List<TrialOutcome> outcomes = run(method, 2, TRIALS.subList(1, 3), ProgressListener.NONE);
        for (TrialOutcome outcome : outcomes) {
            ProcessingException error = assertInstanceOf(TrialOutcome.Failed.class, outcome).error();
            assertEquals(FakeProcessors.FAIL_ON, error.processorId());
            assertTrue(error.getMessage()
                    .startsWith(outcome.trial().getFileName() + ": org.ambulo.test.failOn: the static trial failed: Gait.c3d: "
                            + "org.ambulo.test.failOn: static step 1 failed unexpectedly"),
                    error.getMessage());
        }
    }

    @Test
    void anInvalidMethodRunsNothing() {
        Method bad = new Method("m", "1", "", List.of(Method.Step.of("org.ambulo.test.unknown")));
        List<Path> started = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void trialStarted(Path trial, int index) {
                started.add(trial);
            }
        };
        MethodException e = assertThrows(MethodException.class, () -> run(bad, 2, TRIALS, listener));
        assertEquals("method m version 1: step 1 (org.ambulo.test.unknown): no processor with this id is installed", e.getMessage());
        assertEquals(List.of(), started);
    }

    @Test
    void progressIsReportedPerTrialAndStepAndReachesOne() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        List<Double> fractions = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void trialStarted(Path trial, int index) {
                events.add("start " + index);
            }

            @Override
            public void stepDone(Path trial, Method.Section section, int stepIndex, String processorId) {
                events.add("step " + section + " " + stepIndex);
            }

            @Override
            public void trialFinished(TrialOutcome outcome) {
                events.add("finish " + outcome.getClass().getSimpleName());
            }

            @Override
            public void progress(double fractionDone) {
                fractions.add(fractionDone);
            }
        };
        run(method(), 2, TRIALS, listener);
        assertEquals("start -1", events.get(0), "the static trial first");
        assertEquals(List.of("start -1", "step STATIC 1", "finish Succeeded"), events.subList(0, 3));
        assertEquals(TRIALS.size() + 1, events.stream().filter(e -> e.startsWith("start")).count());
        assertEquals(TRIALS.size() * 2L, events.stream().filter(e -> e.startsWith("step DYNAMIC")).count());
        assertEquals(TRIALS.size() + 1, events.stream().filter(e -> e.equals("finish Succeeded")).count());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "fraction never decreases: " + fractions);
        }
        // 1 static step + its trial unit, then 4 trials x (2 steps + 1): 14 units, one call per unit.
        assertEquals(14, fractions.size());
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void cancellingSkipsTheRemainingStepsAndReportsThem() throws Exception {
        ProgressListener cancelAfterStatic = new ProgressListener() {
            private boolean staticDone;

            @Override
            public void trialFinished(TrialOutcome outcome) {
                staticDone = true;
            }

            @Override
            public boolean isCancelled() {
                return staticDone;
            }
        };
        List<TrialOutcome> outcomes = run(method(), 2, TRIALS, cancelAfterStatic);
        for (TrialOutcome outcome : outcomes) {
            assertEquals(outcome.trial().getFileName() + ": org.ambulo.test.smooth: cancelled before this step",
                    assertInstanceOf(TrialOutcome.Failed.class, outcome).error().getMessage());
        }
    }

    @Test
    void parallelismMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new MethodRunner("v", 0));
    }

    private static Json.JsonObject obj(String json) throws JsonException {
        return (Json.JsonObject) Json.parse(json);
    }
}
