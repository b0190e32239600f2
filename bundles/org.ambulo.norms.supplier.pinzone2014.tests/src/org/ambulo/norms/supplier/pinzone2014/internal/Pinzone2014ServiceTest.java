package org.ambulo.norms.supplier.pinzone2014.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.norms.NormDataset;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** Runs under tycho-surefire only: the dataset is registered as a DS service. */
class Pinzone2014ServiceTest {

    @Test
    void theDatasetIsADeclarativeService() throws Exception {
        List<NormDataset> found = Services.await(Pinzone2014Dataset.class, NormDataset.class,
                services -> services.stream().anyMatch(d -> d.id().equals("pinzone2014")),
                10_000);
        assertTrue(found.stream().anyMatch(d -> d.id().equals("pinzone2014")),
                "pinzone2014 NormDataset service registered, found " + found);
    }
}
