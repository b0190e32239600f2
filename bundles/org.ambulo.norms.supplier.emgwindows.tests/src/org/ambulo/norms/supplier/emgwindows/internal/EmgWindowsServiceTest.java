package org.ambulo.norms.supplier.emgwindows.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.norms.NormDataset;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** Runs under tycho-surefire only: the dataset is registered as a DS service. */
class EmgWindowsServiceTest {

    @Test
    void theDatasetIsADeclarativeService() throws Exception {
        List<NormDataset> found = Services.await(EmgWindowsDataset.class, NormDataset.class,
                services -> services.stream().anyMatch(d -> d.id().equals("emgwindows")),
                10_000);
        assertTrue(found.stream().anyMatch(d -> d.id().equals("emgwindows")), "emgwindows NormDataset service registered, found " + found);
    }
}
