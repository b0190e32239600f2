package org.ambulo.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a method against the installed processors: every processor id known, every step's settings readable into
 * its settings record, and - for processors that declare {@link Processor#requires()} - every required result
 * produced by an earlier step (or carried from the static trial).
 */
public final class MethodValidation {

    private MethodValidation() {
    }

    /** Every problem found; empty when the method can run. */
    public static List<MethodProblem> validate(Method method, ProcessorRegistry registry) {
        List<MethodProblem> problems = new ArrayList<>();
        if (method.steps().isEmpty()) {
            problems.add(MethodProblem.ofMethod("has no steps"));
        }
        Set<String> staticProduced = new LinkedHashSet<>();
        boolean staticDeclared = checkSection(method.staticSteps(), Method.Section.STATIC, registry, new LinkedHashSet<>(), staticProduced,
                problems);
        for (String carried : method.carriedResults()) {
            if (method.staticSteps().isEmpty()) {
                problems.add(MethodProblem.ofMethod("carries '" + carried + "' from the static trial but has no static steps"));
            } else if (staticDeclared && !staticProduced.contains(carried)) {
                problems.add(MethodProblem.ofMethod("carries '" + carried + "', which no static step produces"));
            }
        }
        checkSection(method.steps(), Method.Section.DYNAMIC, registry, new LinkedHashSet<>(method.carriedResults()), new LinkedHashSet<>(),
                problems);
        return problems;
    }

    /** @throws MethodException listing every problem, naming the method by id and version */
    public static void requireValid(Method method, ProcessorRegistry registry) throws MethodException {
        List<MethodProblem> problems = validate(method, registry);
        if (!problems.isEmpty()) {
            throw new MethodException(name(method), problems);
        }
    }

    static String name(Method method) {
        return method.id() + " version " + method.version();
    }

    /** @return whether every processor of the section declared what it produces */
    private static boolean checkSection(List<Method.Step> steps, Method.Section section, ProcessorRegistry registry, Set<String> available,
            Set<String> produced, List<MethodProblem> problems) {
        boolean allDeclared = true;
        for (int i = 0; i < steps.size(); i++) {
            Method.Step step = steps.get(i);
            Optional<Processor<?>> found = registry.find(step.processorId());
            if (found.isEmpty()) {
                problems.add(MethodProblem.ofStep(section, i + 1, step.processorId(), "no processor with this id is installed"));
                allDeclared = false;
                continue;
            }
            Processor<?> processor = found.get();
            try {
                settings(processor, step);
            } catch (SettingsException e) {
                problems.add(MethodProblem.ofStep(section, i + 1, step.processorId(), e.getMessage()));
            }
            // Only when every earlier step said what it produces can a missing input be told from an undeclared one.
            for (ResultKey<?> required : allDeclared ? processor.requires() : List.<ResultKey<?>>of()) {
                if (!available.contains(required.name())) {
                    problems.add(MethodProblem.ofStep(section, i + 1, step.processorId(),
                            "needs '" + required.name() + "', which no earlier step produces"));
                }
            }
            if (processor.produces().isEmpty()) {
                allDeclared = false;
            }
            processor.produces().forEach(key -> {
                available.add(key.name());
                produced.add(key.name());
            });
        }
        return allDeclared;
    }

    /** The step's settings record: the processor's defaults overridden by the step's JSON. */
    static <S extends Record> S settings(Processor<S> processor, Method.Step step) throws SettingsException {
        return SettingsJson.fromJson(step.settings(), processor.settingsType(), processor.defaultSettings());
    }
}
