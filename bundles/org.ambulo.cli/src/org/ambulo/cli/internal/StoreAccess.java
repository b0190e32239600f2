package org.ambulo.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.store.Actor;
import org.ambulo.store.Role;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.ambulo.store.StoreLocation;

/**
 * The store commands' options on top of {@link StoreLocation}: {@code --store FILE}, {@code --user NAME} (default: the
 * operating-system account) and {@code --role ROLE} (default: what the command needs).
 */
final class StoreAccess {

    static final String OPTIONS = "[--store CONFIG.properties] [--user NAME] [--role technician|physician|administrator]";

    private final StoreLocation location;

    StoreAccess(Map<String, String> environment, Path userHome) {
        this.location = new StoreLocation(environment, userHome);
    }

    static StoreAccess ofSystem() {
        return new StoreAccess(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    StoreConfig config(Optional<String> storeOption) throws StoreException {
        return location.config(storeOption.map(Path::of));
    }

    Actor checkedActor(Optional<String> storeOption, Optional<String> user, Optional<String> role, Role defaultRole) throws StoreException {
        String name = user.filter(u -> !u.isBlank()).orElse(System.getProperty("user.name", "unknown"));
        return location.checkedActor(storeOption.map(Path::of), new Actor(name, role.map(StoreAccess::role).orElse(defaultRole)));
    }

    static Role role(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (technician, physician or administrator)");
        }
    }
}
