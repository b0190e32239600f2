package org.ambulo.ui.internal;

import java.util.Comparator;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;

/**
 * Perspectives come from separate bundles in no fixed order; each declares its place with a tag
 * {@code ambulo.order:N}. Untagged (third-party) perspectives go last, by label.
 */
public final class PerspectiveOrder {

    public static final String TAG_PREFIX = "ambulo.order:";
    public static final String STACK_ID = "org.ambulo.ui.perspectivestack";

    private PerspectiveOrder() {
    }

    public static int rank(MPerspective perspective) {
        for (String tag : perspective.getTags()) {
            if (tag.startsWith(TAG_PREFIX)) {
                try {
                    return Integer.parseInt(tag.substring(TAG_PREFIX.length()).trim());
                } catch (NumberFormatException e) {
                    return Integer.MAX_VALUE;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    public static Comparator<MPerspective> comparator() {
        return Comparator.comparingInt(PerspectiveOrder::rank)
                .thenComparing(p -> p.getLabel() == null ? "" : p.getLabel());
    }
}
