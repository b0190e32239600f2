package org.ambulo.signal;

import java.util.Objects;

/**
 * A filled run of frames.
 *
 * @param gap
 *            the frames filled
 * @param method
 *            how
 * @param detail
 *            what the fill used, e.g. the seed frames or donor markers, for the audit trail
 */
public record Fill(Gap gap, FillMethod method, String detail) {

    public Fill {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(detail, "detail");
    }
}
