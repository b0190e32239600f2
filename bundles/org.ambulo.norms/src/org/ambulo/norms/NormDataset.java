package org.ambulo.norms;

import java.util.List;
import java.util.Optional;

/**
 * A normative dataset, provided as an OSGi service by an {@code org.ambulo.norms.supplier.<dataset>} bundle (or built
 * by a lab with {@link LabNormBuilder} and read with {@link NormJson}).
 */
public interface NormDataset {

    NormProvenance provenance();

    List<NormBin> bins();

    default String id() {
        return provenance().id();
    }

    default Optional<NormBin> bin(String binId) {
        return bins().stream().filter(b -> b.id().equals(binId)).findFirst();
    }

    /** A dataset held in memory, e.g. read from a norm file. */
    static NormDataset of(NormProvenance provenance, List<NormBin> bins) {
        return new LoadedNormDataset(provenance, bins);
    }

    /** The plain in-memory dataset. */
    record LoadedNormDataset(NormProvenance provenance, List<NormBin> bins) implements NormDataset {

        public LoadedNormDataset {
            bins = List.copyOf(bins);
            if (bins.isEmpty()) {
                throw new IllegalArgumentException("dataset " + provenance.id() + " has no bins");
            }
            if (bins.stream().map(NormBin::id).distinct().count() != bins.size()) {
                throw new IllegalArgumentException("dataset " + provenance.id() + " has duplicate bin ids");
            }
        }
    }
}
