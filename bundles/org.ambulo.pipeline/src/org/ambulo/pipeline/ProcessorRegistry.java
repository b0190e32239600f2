package org.ambulo.pipeline;

import java.util.List;
import java.util.Optional;

/** The processors installed, by id. Provided as an OSGi service; a second processor with a taken id is refused. */
public interface ProcessorRegistry {

    Optional<Processor<?>> find(String id);

    /** All installed processors, sorted by id. */
    List<Processor<?>> all();
}
