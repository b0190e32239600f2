package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.ambulo.store.Actor;
import org.ambulo.store.Role;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;

/**
 * Which store the store commands open and on whose behalf. The configuration comes from {@code --store FILE}, else
 * the file named by the environment variable {@value #CONFIG_ENV}, else {@code ~/.ambulo/store.properties}; without
 * any of these, a personal embedded H2 store in {@code ~/.ambulo/store} (no set-up).
 */
final class StoreAccess {

    static final String CONFIG_ENV = "AMBULO_STORE_CONFIG";
    static final String ROLES_PREFIX = "roles.";
    static final String OPTIONS = "[--store CONFIG.properties] [--user NAME] [--role technician|physician|administrator]";

    private final Map<String, String> environment;
    private final Path userHome;

    StoreAccess(Map<String, String> environment, Path userHome) {
        this.environment = environment;
        this.userHome = userHome;
    }

    static StoreAccess ofSystem() {
        return new StoreAccess(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The configuration file to read, if any; a named file that does not exist is an error, not a fallback. */
    Optional<Path> configFile(Optional<String> storeOption) throws StoreException {
        if (storeOption.isPresent()) {
            return Optional.of(existing(Path.of(storeOption.get()), "--store"));
        }
        String fromEnv = environment.get(CONFIG_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(existing(Path.of(fromEnv), CONFIG_ENV));
        }
        Path personal = userHome.resolve(".ambulo").resolve("store.properties");
        return Files.isRegularFile(personal) ? Optional.of(personal) : Optional.empty();
    }

    StoreConfig config(Optional<String> storeOption) throws StoreException {
        Optional<Path> file = configFile(storeOption);
        return file.isPresent() ? StoreConfig.load(file.get()) : StoreConfig.h2(userHome.resolve(".ambulo").resolve("store"));
    }

    /** The acting user: {@code --user} or the operating-system account, in the role asked for or the command's default. */
    static Actor actor(Optional<String> user, Optional<String> role, Role defaultRole) {
        String name = user.filter(u -> !u.isBlank()).orElse(System.getProperty("user.name", "unknown"));
        return new Actor(name, role.map(StoreAccess::role).orElse(defaultRole));
    }

    /**
     * The actor, checked against the configuration's {@code roles.<user>=technician,physician} lines: once a lab lists
     * roles there (in a file IT keeps read-only), a user may act only in the listed roles, and an unlisted user in none.
     * Without such lines (a personal workstation) every role is open to the local user.
     */
    Actor checkedActor(Optional<String> storeOption, Optional<String> user, Optional<String> role, Role defaultRole) throws StoreException {
        Actor actor = actor(user, role, defaultRole);
        Optional<Path> file = configFile(storeOption);
        if (file.isEmpty()) {
            return actor;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(file.get() + ": cannot read the store configuration: " + e.getMessage(), e);
        }
        if (properties.stringPropertyNames().stream().noneMatch(k -> k.startsWith(ROLES_PREFIX))) {
            return actor;
        }
        String listed = properties.getProperty(ROLES_PREFIX + actor.userName(), "");
        boolean allowed = Arrays.stream(listed.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .anyMatch(r -> r.equalsIgnoreCase(actor.role().name()));
        if (!allowed) {
            throw new StoreException(
                    file.get() + ": user " + actor.userName() + " may not act as " + actor.role().name().toLowerCase(Locale.ROOT)
                            + (listed.isBlank() ? " (no roles." + actor.userName() + " line)" : " (roles: " + listed.strip() + ")"));
        }
        return actor;
    }

    static Role role(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (technician, physician or administrator)");
        }
    }

    private static Path existing(Path file, String source) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " (from " + source + "): no such store configuration file");
        }
        return file;
    }
}
