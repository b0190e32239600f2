package org.ambulo.norms.supplier.schwartz2008.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.norms.NormDataset;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** Runs under tycho-surefire only: the dataset is registered as a DS service. */
class Schwartz2008ServiceTest {

    @Test
    void theDatasetIsADeclarativeService() throws Exception {
        List<NormDataset> found = Services.await(Schwartz2008Dataset.class, NormDataset.class,
                services -> services.stream().anyMatch(d -> d.id().equals("schwartz2008")),
                10_000);
        assertTrue(found.stream().anyMatch(d -> d.id().equals("schwartz2008")),
                "schwartz2008 NormDataset service registered, found " + found);
    }
}
