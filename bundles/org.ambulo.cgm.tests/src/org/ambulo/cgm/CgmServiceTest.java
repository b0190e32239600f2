package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.pipeline.Processor;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** In OSGi (tycho-surefire): the CGM processors are registered as DS services. */
class CgmServiceTest {

    private static final List<String> IDS = List.of("org.ambulo.cgm.calibration", "org.ambulo.cgm.kinematics", "org.ambulo.cgm.kinetics");

    @Test
    @SuppressWarnings("rawtypes")
    void processorsAreDeclarativeServices() throws Exception {
        List<String> wanted = IDS;
        List<Processor> found = Services.await(ConventionalGaitModel.class, Processor.class, services -> ids(services).containsAll(wanted),
                10_000);
        assertTrue(ids(found).containsAll(wanted), "registered: " + ids(found));
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> ids(List<Processor> processors) {
        return processors.stream().map(Processor::id).collect(Collectors.toSet());
    }
}
