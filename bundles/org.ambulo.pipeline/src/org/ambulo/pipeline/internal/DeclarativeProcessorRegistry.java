package org.ambulo.pipeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.ProcessorRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Collects the {@link Processor} services as plugins come and go. The first one registered for an id wins; later ones
 * with the same id wait behind it and take over only if it goes away.
 */
@Component(service = ProcessorRegistry.class)
public final class DeclarativeProcessorRegistry implements ProcessorRegistry {

    private static final Logger LOG = Logger.getLogger(DeclarativeProcessorRegistry.class.getName());

    private final Map<String, List<Processor<?>>> byId = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProcessor(Processor<?> processor) {
        List<Processor<?>> claimants = byId.compute(processor.id(), (id, list) -> {
            List<Processor<?>> updated = list == null ? new ArrayList<>() : new ArrayList<>(list);
            updated.add(processor);
            return List.copyOf(updated);
        });
        if (claimants.size() > 1) {
            // Two plugins claiming one id would make saved methods ambiguous: keep the first, say so.
            LOG.warning("processor id " + processor.id() + " is already provided by " + claimants.get(0).getClass().getName()
                    + "; " + processor.getClass().getName() + " is not used while that one is installed");
        }
    }

    void removeProcessor(Processor<?> processor) {
        byId.computeIfPresent(processor.id(), (id, list) -> {
            List<Processor<?>> updated = new ArrayList<>(list);
            updated.remove(processor);
            return updated.isEmpty() ? null : List.copyOf(updated);
        });
    }

    @Override
    public Optional<Processor<?>> find(String id) {
        List<Processor<?>> claimants = byId.get(id);
        return claimants == null ? Optional.empty() : Optional.of(claimants.get(0));
    }

    @Override
    public List<Processor<?>> all() {
        List<Processor<?>> all = new ArrayList<>();
        byId.values().forEach(claimants -> all.add(claimants.get(0)));
        all.sort(Comparator.comparing(Processor::id));
        return all;
    }
}
