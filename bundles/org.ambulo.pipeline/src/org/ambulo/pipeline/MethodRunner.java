package org.ambulo.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a method on trials: validates it, runs the static steps once on the static trial (if the method has static
 * steps and a static trial is given), then the steps on each trial, trials in parallel on a bounded pool. Results come
 * back in the order of the trials given, whatever order they finish in. A trial that fails is reported with a
 * {@link ProcessingException} naming it and the step; the others go on.
 * <p>
 * Without a static trial the static steps are skipped, and nothing is carried: processors then fall back to what
 * the trial itself stores (e.g. the CGM reads its calibration from the PROCESSING group). The provenance shows this:
 * no static input, no static steps.
 * <p>
 * Re-running the same method on the same files gives the same results bit for bit, provided the processors are
 * deterministic (they are required to be: no clocks, no randomness, no dependence on other trials).
 */
public final class MethodRunner {

    /** Step id used in errors about reading a trial, before any step ran. */
    public static final String LOADER_ID = "org.ambulo.pipeline.load";

    private final String ambuloVersion;
    private final int parallelism;

    /**
     * @param ambuloVersion
     *            written into every provenance record
     * @param parallelism
     *            most trials processed at once, at least 1
     */
    public MethodRunner(String ambuloVersion, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.ambuloVersion = ambuloVersion;
        this.parallelism = parallelism;
    }

    /** One trial at a time per available processor. */
    public static MethodRunner withDefaultParallelism(String ambuloVersion) {
        return new MethodRunner(ambuloVersion, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs a method that needs no static trial (its static steps, if any, are skipped). */
    public List<TrialOutcome> run(Method method, ProcessorRegistry registry, List<Path> trials, TrialLoader loader,
            ProgressListener listener)
            throws MethodException {
        return run(method, registry, Optional.empty(), trials, loader, listener);
    }

    /**
     * @return one outcome per trial, in the order of {@code trials}
     * @throws MethodException
     *             when the method is not valid for the installed processors; nothing runs then
     */
    public List<TrialOutcome> run(Method method, ProcessorRegistry registry, Optional<Path> staticTrial, List<Path> trials,
            TrialLoader loader,
            ProgressListener listener) throws MethodException {
        MethodValidation.requireValid(method, registry);
        List<ResolvedStep> staticSteps = staticTrial.isPresent()
                ? resolve(method, Method.Section.STATIC, method.staticSteps(), registry)
                : List.of();
        List<ResolvedStep> steps = resolve(method, Method.Section.DYNAMIC, method.steps(), registry);
        Progress progress = new Progress(listener,
                staticSteps.size() + (staticTrial.isPresent() ? 1 : 0) + trials.size() * (steps.size() + 1));

        Optional<StaticResult> staticResult = Optional.empty();
        if (staticTrial.isPresent()) {
            staticResult = Optional.of(runStatic(method, staticTrial.get(), staticSteps, loader, progress));
        }
        List<TrialOutcome> outcomes = new ArrayList<>();
        if (trials.isEmpty()) {
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, trials.size()), threads());
        try {
            List<Future<TrialOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < trials.size(); i++) {
                int index = i;
                Optional<StaticResult> fromStatic = staticResult;
                futures.add(pool.submit(() -> runTrial(method, trials.get(index), index, fromStatic, steps, loader, progress)));
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), trials.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    // ---- one trial

    private record ResolvedStep(Method.Section section, int index, Processor<?> processor, Record settings, Json.JsonObject settingsJson) {
        Provenance.StepRecord record() {
            return new Provenance.StepRecord(section, processor.id(), processor.version(), settingsJson);
        }
    }

    private record StaticResult(Optional<Provenance.InputFile> input, List<Provenance.StepRecord> steps, Optional<TrialContext> context,
            Optional<ProcessingException> error) {
    }

    private StaticResult runStatic(Method method, Path trial, List<ResolvedStep> steps, TrialLoader loader, Progress progress) {
        progress.trialStarted(trial, -1);
        Optional<Provenance.InputFile> input = Optional.empty();
        List<Provenance.StepRecord> done = new ArrayList<>();
        try {
            input = Optional.of(inputFile(trial, Provenance.InputRole.STATIC));
            TrialContext context = runSteps(load(trial, loader), trial, steps, done, progress);
            for (String carried : method.carriedResults()) {
                if (context.keys().stream().noneMatch(key -> key.name().equals(carried))) {
                    throw new ProcessingException(trial.getFileName().toString(), LOADER_ID,
                            "the static steps did not produce '" + carried + "', which the method carries to the trials");
                }
            }
            Provenance provenance = new Provenance(ambuloVersion, method.id(), method.version(), input.stream().toList(), done);
            progress.finishTrial(
                    new TrialOutcome.Succeeded(trial, context.with(Provenance.KEY, provenance, Provenance.PRODUCER), provenance), 1);
            return new StaticResult(input, done, Optional.of(context), Optional.empty());
        } catch (ProcessingException e) {
            Provenance provenance = new Provenance(ambuloVersion, method.id(), method.version(), input.stream().toList(), done);
            progress.finishTrial(new TrialOutcome.Failed(trial, e, Optional.of(provenance)), steps.size() + 1 - done.size());
            return new StaticResult(input, done, Optional.empty(), Optional.of(e));
        }
    }

    private TrialOutcome runTrial(Method method, Path trial, int index, Optional<StaticResult> fromStatic, List<ResolvedStep> steps,
            TrialLoader loader, Progress progress) {
        progress.trialStarted(trial, index);
        String name = trial.getFileName().toString();
        List<Provenance.InputFile> inputs = new ArrayList<>();
        List<Provenance.StepRecord> done = new ArrayList<>();
        fromStatic.ifPresent(s -> {
            s.input().ifPresent(inputs::add);
            done.addAll(s.steps());
        });
        TrialOutcome outcome;
        try {
            inputs.add(0, inputFile(trial, Provenance.InputRole.DYNAMIC));
            if (fromStatic.isPresent() && fromStatic.get().error().isPresent()) {
                ProcessingException cause = fromStatic.get().error().get();
                throw new ProcessingException(name, cause.processorId(), "the static trial failed: " + cause.getMessage(), cause);
            }
            TrialContext context = load(trial, loader);
            if (fromStatic.isPresent()) {
                context = carry(method, fromStatic.get().context().orElseThrow(), context);
            }
            context = runSteps(context, trial, steps, done, progress);
            Provenance provenance = new Provenance(ambuloVersion, method.id(), method.version(), inputs, done);
            outcome = new TrialOutcome.Succeeded(trial, context.with(Provenance.KEY, provenance, Provenance.PRODUCER), provenance);
        } catch (ProcessingException e) {
            outcome = new TrialOutcome.Failed(trial, e,
                    Optional.of(new Provenance(ambuloVersion, method.id(), method.version(), inputs, done)));
        }
        int dynamicStepsDone = done.size() - fromStatic.map(st -> st.steps().size()).orElse(0);
        progress.finishTrial(outcome, steps.size() + 1 - dynamicStepsDone);
        return outcome;
    }

    private static TrialContext carry(Method method, TrialContext staticContext, TrialContext context) {
        for (String name : method.carriedResults()) {
            for (ResultKey<?> key : staticContext.keys()) {
                if (key.name().equals(name)) {
                    context = copy(key, staticContext, context);
                }
            }
        }
        return context;
    }

    private static <T> TrialContext copy(ResultKey<T> key, TrialContext from, TrialContext to) {
        return to.with(key, from.get(key).orElseThrow(), from.producerOf(key).orElse(Provenance.PRODUCER));
    }

    private static TrialContext runSteps(TrialContext context, Path trial, List<ResolvedStep> steps, List<Provenance.StepRecord> done,
            Progress progress) throws ProcessingException {
        String name = trial.getFileName().toString();
        for (ResolvedStep step : steps) {
            if (progress.isCancelled()) {
                throw new ProcessingException(name, step.processor().id(), "cancelled before this step");
            }
            try {
                context = Objects.requireNonNull(apply(step.processor(), context, step.settings()), "the step returned no context");
            } catch (ProcessingException e) {
                throw e;
            } catch (RuntimeException e) {
                // A processor bug must not take the other trials down; report it against this trial and step.
                throw new ProcessingException(name, step.processor().id(),
                        step.section().label() + " " + step.index() + " failed unexpectedly: " + e, e);
            }
            done.add(step.record());
            progress.stepDone(trial, step.section(), step.index(), step.processor().id());
        }
        return context;
    }

    private static <S extends Record> TrialContext apply(Processor<S> processor, TrialContext context, Record settings)
            throws ProcessingException {
        return processor.process(context, processor.settingsType().cast(settings));
    }

    private static TrialContext load(Path trial, TrialLoader loader) throws ProcessingException {
        try {
            return Objects.requireNonNull(loader.load(trial), "the loader returned no context");
        } catch (Exception e) {
            throw new ProcessingException(trial.getFileName().toString(), LOADER_ID, "cannot read the trial: " + e.getMessage(), e);
        }
    }

    private static Provenance.InputFile inputFile(Path trial, Provenance.InputRole role) throws ProcessingException {
        try {
            return new Provenance.InputFile(role, trial.getFileName().toString(), Files.size(trial), FileDigests.sha256Hex(trial));
        } catch (IOException e) {
            throw new ProcessingException(trial.getFileName().toString(), LOADER_ID, "cannot read the file: " + e, e);
        }
    }

    private static TrialOutcome await(Future<TrialOutcome> future, Path trial) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(trial, "interrupted", e);
        } catch (ExecutionException e) {
            // runTrial catches everything a step can throw; an Error (e.g. OutOfMemoryError) ends up here.
            return failed(trial, "failed: " + e.getCause(), e.getCause());
        }
    }

    private static TrialOutcome failed(Path trial, String problem, Throwable cause) {
        return new TrialOutcome.Failed(trial, new ProcessingException(trial.getFileName().toString(), LOADER_ID, problem, cause),
                Optional.empty());
    }

    private static List<ResolvedStep> resolve(Method method, Method.Section section, List<Method.Step> steps, ProcessorRegistry registry)
            throws MethodException {
        List<ResolvedStep> resolved = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Method.Step step = steps.get(i);
            Processor<?> processor = registry.find(step.processorId()).orElseThrow(() -> new MethodException(MethodValidation.name(method),
                    List.of(MethodProblem.ofStep(section, 0, step.processorId(), "the processor went away"))));
            try {
                Record settings = MethodValidation.settings(processor, step);
                resolved.add(new ResolvedStep(section, i + 1, processor, settings, SettingsJson.toJson(settings)));
            } catch (SettingsException e) {
                throw new MethodException(MethodValidation.name(method),
                        List.of(MethodProblem.ofStep(section, i + 1, step.processorId(), e.getMessage())));
            }
        }
        return resolved;
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ambulo-method-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Serialises listener calls and keeps the fraction monotone. */
    private static final class Progress {
        private final ProgressListener listener;
        private final int totalUnits;
        private int doneUnits;

        Progress(ProgressListener listener, int totalUnits) {
            this.listener = listener;
            this.totalUnits = Math.max(1, totalUnits);
        }

        synchronized boolean isCancelled() {
            return listener.isCancelled();
        }

        synchronized void trialStarted(Path trial, int index) {
            listener.trialStarted(trial, index);
        }

        synchronized void stepDone(Path trial, Method.Section section, int index, String processorId) {
            listener.stepDone(trial, section, index, processorId);
            advance(1);
        }

        synchronized void advance(int units) {
            doneUnits += units;
            listener.progress(Math.min(1.0, (double) doneUnits / totalUnits));
        }

        /** Reports the trial and counts its remaining units (steps skipped after a failure, and the trial itself). */
        synchronized void finishTrial(TrialOutcome outcome, int remainingUnits) {
            listener.trialFinished(outcome);
            advance(remainingUnits);
        }
    }
}
