package org.ambulo.c3d;

import java.util.List;
import java.util.Optional;

/** All parameter groups of a file, in file order, including groups this library does not interpret. */
public record C3dParameters(List<C3dGroup> groups) {

    public C3dParameters {
        groups = List.copyOf(groups);
    }

    public static C3dParameters empty() {
        return new C3dParameters(List.of());
    }

    /** Case-insensitive group lookup. */
    public Optional<C3dGroup> group(String name) {
        for (C3dGroup g : groups) {
            if (g.name().equalsIgnoreCase(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public Optional<C3dParameter> parameter(String group, String name) {
        return group(group).flatMap(g -> g.parameter(name));
    }

    /** Strings of a CHAR parameter, or an empty list. */
    public List<String> strings(String group, String name) {
        return parameter(group, name).map(C3dParameter::strings).orElse(List.of());
    }

    public Optional<String> string(String group, String name) {
        return parameter(group, name).flatMap(C3dParameter::firstString);
    }

    /** Total parameter count over all groups. */
    public int parameterCount() {
        return groups.stream().mapToInt(g -> g.parameters().size()).sum();
    }
}
