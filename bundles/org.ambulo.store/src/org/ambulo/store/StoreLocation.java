package org.ambulo.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which store a workstation uses and who may act in which role, the same for the command line and the workbench. The
 * configuration file is the one named explicitly, else the one named by the environment variable {@value #CONFIG_ENV},
 * else {@code ~/.ambulo/store.properties}; without any, a personal embedded H2 store in {@code ~/.ambulo/store} (no
 * set-up). Lines {@code roles.<user>=technician,physician} in the file limit each user to the listed roles.
 */
public final class StoreLocation {

    public static final String CONFIG_ENV = "AMBULO_STORE_CONFIG";
    public static final String ROLES_PREFIX = "roles.";

    private final Map<String, String> environment;
    private final Path userHome;

    public StoreLocation(Map<String, String> environment, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.userHome = userHome;
    }

    public static StoreLocation ofSystem() {
        return new StoreLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The personal store used when no configuration file exists. */
    public Path defaultH2Folder() {
        return userHome.resolve(".ambulo").resolve("store");
    }

    /** The configuration file to read, if any; a named file that does not exist is an error, not a fallback. */
    public Optional<Path> configFile(Optional<Path> explicit) throws StoreException {
        if (explicit.isPresent()) {
            return Optional.of(existing(explicit.get(), "--store"));
        }
        String fromEnv = environment.get(CONFIG_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(existing(Path.of(fromEnv), CONFIG_ENV));
        }
        Path personal = userHome.resolve(".ambulo").resolve("store.properties");
        return Files.isRegularFile(personal) ? Optional.of(personal) : Optional.empty();
    }

    public StoreConfig config(Optional<Path> explicit) throws StoreException {
        Optional<Path> file = configFile(explicit);
        return file.isPresent() ? StoreConfig.load(file.get()) : StoreConfig.h2(defaultH2Folder());
    }

    /**
     * The actor, checked against the configuration's {@code roles.<user>} lines: once a lab lists roles there (in a
     * file IT keeps read-only), a user may act only in the listed roles, and an unlisted user in none. Without such
     * lines (a personal workstation) every role is open to the local user.
     */
    public Actor checkedActor(Optional<Path> explicit, Actor requested) throws StoreException {
        Optional<Path> file = configFile(explicit);
        if (file.isEmpty()) {
            return requested;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(file.get() + ": cannot read the store configuration: " + e.getMessage(), e);
        }
        if (properties.stringPropertyNames().stream().noneMatch(k -> k.startsWith(ROLES_PREFIX))) {
            return requested;
        }
        String listed = properties.getProperty(ROLES_PREFIX + requested.userName(), "");
        boolean allowed = Arrays.stream(listed.split(",")).map(String::strip).anyMatch(r -> r.equalsIgnoreCase(requested.role().name()));
        if (!allowed) {
            throw new StoreException(file.get() + ": user " + requested.userName() + " may not act as "
                    + requested.role().name().toLowerCase(Locale.ROOT)
                    + (listed.isBlank() ? " (no " + ROLES_PREFIX + requested.userName() + " line)" : " (roles: " + listed.strip() + ")"));
        }
        return requested;
    }

    private static Path existing(Path file, String source) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " (from " + source + "): no such store configuration file");
        }
        return file;
    }
}
