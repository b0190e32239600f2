package org.ambulo.norms.supplier.emgwindows.internal;

import org.ambulo.norms.NormDataset;
import org.ambulo.norms.ResourceNormDataset;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code emgwindows} norm dataset: normal EMG activation windows per muscle, converted by
 * {@code EmgWindowsConverter} (see the test fragment) into Ambulo's norm format. Its origin is not documented, which
 * its provenance warning says in every report that uses it.
 */
@Component(service = NormDataset.class)
public final class EmgWindowsDataset extends ResourceNormDataset {

    public static final String RESOURCE = "/data/emgwindows.json";

    public EmgWindowsDataset() {
        super(RESOURCE);
    }
}
