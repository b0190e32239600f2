package org.ambulo.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the store lives. {@link #toString()} hides the password and the encryption key.
 *
 * @param fileRoot
 *            folder of the content-addressed file store ({@code <fileRoot>/sha256/ab/<hash>})
 * @param h2EncryptionKey
 *            H2 only: the file encryption key ({@code CIPHER=AES}); empty for an unencrypted database
 */
public record StoreConfig(Engine engine, String jdbcUrl, String user, String password, Path fileRoot, Optional<String> h2EncryptionKey) {

    /** H2 database file name (without {@code .mv.db}) inside the store folder. */
    public static final String H2_DATABASE_NAME = "ambulo";

    public StoreConfig {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(fileRoot, "fileRoot");
        Objects.requireNonNull(h2EncryptionKey, "h2EncryptionKey");
        if (engine == Engine.POSTGRESQL && h2EncryptionKey.isPresent()) {
            throw new IllegalArgumentException("an H2 encryption key makes no sense for PostgreSQL");
        }
        if (h2EncryptionKey.isPresent() && (h2EncryptionKey.get().isEmpty() || h2EncryptionKey.get().contains(" "))) {
            throw new IllegalArgumentException("the H2 encryption key must be non-empty and contain no spaces");
        }
    }

    /** Embedded H2 in {@code folder}: database {@code folder/ambulo.mv.db}, files in {@code folder/files}. */
    public static StoreConfig h2(Path folder) {
        return h2(folder, Optional.empty());
    }

    /** Embedded H2, encrypted with AES when a key is given. */
    public static StoreConfig h2(Path folder, Optional<String> encryptionKey) {
        Path absolute = folder.toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + absolute.resolve(H2_DATABASE_NAME) + (encryptionKey.isPresent() ? ";CIPHER=AES" : "");
        return new StoreConfig(Engine.H2, url, "ambulo", "", absolute.resolve("files"), encryptionKey);
    }

    public static StoreConfig postgres(String jdbcUrl, String user, String password, Path fileRoot) {
        return new StoreConfig(Engine.POSTGRESQL, jdbcUrl, user, password, fileRoot.toAbsolutePath().normalize(), Optional.empty());
    }

    /**
     * Reads a store configuration file. Keys: {@code engine=h2|postgresql}; for H2 {@code h2.folder} and optionally
     * {@code h2.encryptionKeyFile}; for PostgreSQL {@code postgresql.url}, {@code postgresql.user},
     * {@code postgresql.password} or {@code postgresql.passwordFile}, and {@code files.root} (a folder every
     * workstation reaches, e.g. a network share). {@code files.root} may also override the H2 default. Relative paths
     * are resolved against the file's folder.
     */
    public static StoreConfig load(Path propertiesFile) throws StoreException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(propertiesFile + ": cannot read the store configuration: " + e.getMessage(), e);
        }
        Path base = propertiesFile.toAbsolutePath().getParent();
        ConfigReader r = new ConfigReader(propertiesFile, p, base);
        String engine = r.required("engine");
        return switch (engine.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "h2" -> {
                Path folder = r.path("h2.folder");
                Optional<String> key = r.optional("h2.encryptionKeyFile").isPresent()
                        ? Optional.of(r.secretFile("h2.encryptionKeyFile"))
                        : Optional.empty();
                StoreConfig h2 = h2(folder, key);
                yield r.optional("files.root").isPresent()
                        ? new StoreConfig(Engine.H2, h2.jdbcUrl(), h2.user(), h2.password(), r.path("files.root"), key)
                        : h2;
            }
            case "postgresql" -> {
                String password = r.optional("postgresql.passwordFile").isPresent()
                        ? r.secretFile("postgresql.passwordFile")
                        : r.required("postgresql.password");
                String url = r.required("postgresql.url");
                if (!url.startsWith("jdbc:postgresql:")) {
                    throw new StoreException(propertiesFile + ": postgresql.url must start with jdbc:postgresql:, was " + url);
                }
                yield postgres(url, r.required("postgresql.user"), password, r.path("files.root"));
            }
            default -> throw new StoreException(propertiesFile + ": engine must be h2 or postgresql, was \"" + engine + "\"");
        };
    }

    /** The database as named in messages: the H2 file or the PostgreSQL URL, never a password. */
    public String describeDatabase() {
        return engine == Engine.H2
                ? "H2 database " + jdbcUrl.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db"
                : "PostgreSQL database " + jdbcUrl;
    }

    @Override
    public String toString() {
        return "StoreConfig[" + engine + ", " + jdbcUrl + ", user " + user + ", files " + fileRoot
                + (h2EncryptionKey.isPresent() ? ", encrypted" : "") + "]";
    }

    private record ConfigReader(Path file, Properties p, Path base) {

        Optional<String> optional(String key) {
            String value = p.getProperty(key);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        String required(String key) throws StoreException {
            Optional<String> value = optional(key);
            if (value.isEmpty()) {
                throw new StoreException(file + ": " + key + " is missing");
            }
            return value.get();
        }

        Path path(String key) throws StoreException {
            String value = required(key);
            try {
                return base.resolve(value).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw new StoreException(file + ": " + key + " is not a valid path: " + value);
            }
        }

        String secretFile(String key) throws StoreException {
            Path secret = path(key);
            try {
                String text = Files.readString(secret, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new StoreException(file + ": " + key + " names " + secret + ", which is empty");
                }
                return text;
            } catch (IOException e) {
                throw new StoreException(file + ": " + key + ": cannot read " + secret + ": " + e.getMessage(), e);
            }
        }
    }
}
