package org.ambulo.norms.supplier.pinzone2014.internal;

import org.ambulo.norms.NormDataset;
import org.ambulo.norms.ResourceNormDataset;
import org.osgi.service.component.annotations.Component;

/** The {@code pinzone2014} norm dataset, converted by {@code Pinzone2014Converter} (see the test fragment) into Ambulo's norm format. */
@Component(service = NormDataset.class)
public final class Pinzone2014Dataset extends ResourceNormDataset {

    public static final String RESOURCE = "/data/pinzone2014.json";

    public Pinzone2014Dataset() {
        super(RESOURCE);
    }
}
