package org.ambulo.signal;

import java.util.List;
import java.util.Objects;

/**
 * Markers assumed to move as one rigid body, for rigid-body gap filling: any of them can be filled from three of the
 * others.
 *
 * @param name
 *            segment name for messages, e.g. {@code pelvis}
 * @param markers
 *            at least four marker labels, e.g. {@code LASI, RASI, LPSI, RPSI}
 */
public record RigidSegment(String name, List<String> markers) {

    /** The Plug-in Gait pelvis with posterior markers (LASI, RASI, LPSI, RPSI). */
    public static final RigidSegment PLUG_IN_GAIT_PELVIS = new RigidSegment("pelvis", List.of("LASI", "RASI", "LPSI", "RPSI"));

    public RigidSegment {
        Objects.requireNonNull(name, "name");
        markers = List.copyOf(markers);
        if (markers.size() < 4 || markers.stream().distinct().count() != markers.size()) {
            throw new IllegalArgumentException(
                    "rigid segment " + name + " needs at least four distinct markers (one to fill, three donors), got "
                            + markers);
        }
    }
}
