package org.ambulo.norms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Base of the supplier bundles' services: a dataset read once, on first use, from a norm file ({@link NormJson})
 * inside the subclass's bundle, through that bundle's class loader.
 */
public abstract class ResourceNormDataset implements NormDataset {

    private final String resource;
    private volatile NormDataset loaded;

    /** @param resource absolute resource path inside the supplier bundle, e.g. {@code /data/schwartz2008.json} */
    protected ResourceNormDataset(String resource) {
        this.resource = resource;
    }

    private NormDataset dataset() {
        NormDataset result = loaded;
        if (result == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                result = loaded;
            }
        }
        return result;
    }

    private NormDataset load() {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(getClass().getName() + ": norm file " + resource + " is missing from its bundle");
            }
            return NormJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read norm file " + resource + " of " + getClass().getName(), e);
        }
    }

    @Override
    public NormProvenance provenance() {
        return dataset().provenance();
    }

    @Override
    public List<NormBin> bins() {
        return dataset().bins();
    }
}
