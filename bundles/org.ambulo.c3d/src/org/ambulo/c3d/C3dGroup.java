package org.ambulo.c3d;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter group, e.g. POINT, ANALOG, FORCE_PLATFORM, or any vendor group (kept as read).
 *
 * @param name group name as stored
 * @param description free text
 * @param locked stored with a negative name length
 * @param parameters in file order
 */
public record C3dGroup(String name, String description, boolean locked, List<C3dParameter> parameters) {

    public C3dGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }

    /** Case-insensitive lookup (vendors differ in case). */
    public Optional<C3dParameter> parameter(String parameterName) {
        for (C3dParameter p : parameters) {
            if (p.name().equalsIgnoreCase(parameterName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
