package org.ambulo.norms.supplier.stpranges.internal;

import org.ambulo.norms.NormDataset;
import org.ambulo.norms.ResourceNormDataset;
import org.osgi.service.component.annotations.Component;

/** The {@code stpranges} norm dataset, converted by {@code StpRangesConverter} (see the test fragment) into Ambulo's norm format. */
@Component(service = NormDataset.class)
public final class StpRangesDataset extends ResourceNormDataset {

    public static final String RESOURCE = "/data/stpranges.json";

    public StpRangesDataset() {
        super(RESOURCE);
    }
}
