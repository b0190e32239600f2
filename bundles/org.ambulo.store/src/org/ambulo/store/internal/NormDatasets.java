package org.ambulo.store.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.norms.AgeRange;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.store.Actor;
import org.ambulo.store.NormDatasetRecord;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/**
 * A lab's own norm datasets (the files {@code ambulo norms build} writes): validated with the norms bundle's reader,
 * the file content-addressed, one row per dataset id and version, each storing audited. Stored versions are never
 * replaced: a rebuilt dataset gets a new version.
 */
public final class NormDatasets {

    /** Audit action of a stored dataset. */
    public static final String STORED = "norms.store";

    private static final String COLUMNS = "dataset_id, dataset_version, title, citation, population, marker_model, age_min_years,"
            + " age_max_years, bin_count, json_sha256, json_size, imported_at, imported_by";

    /** Longest dataset id and version the table holds. */
    static final int MAX_KEY_CHARS = 100; // the table takes 200; the audit subject (300) holds both

    private final Database db;
    private final ContentStore files;

    public NormDatasets(Database db, ContentStore files) {
        this.db = db;
        this.files = files;
    }

    public NormDatasetRecord store(Path labNormsJson, Actor actor) throws StoreException {
        Roles.require(db, actor, "store lab norm datasets", "norm datasets", Role.PHYSICIAN);
        byte[] bytes = read(labNormsJson);
        NormDataset dataset = validate(labNormsJson, bytes);
        NormProvenance p = dataset.provenance();
        Optional<NormDatasetRecord> before = db.read("Looking up norm dataset " + p.id(), c -> find(c, p.id(), p.version()));
        if (before.isPresent()) {
            throw duplicate(labNormsJson, before.get());
        }
        ContentStore.Stored stored;
        try {
            stored = files.put(bytes);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + labNormsJson + " into the file store " + files.root() + ": " + e.getMessage(), e);
        }
        double ageMin = dataset.bins().stream().mapToDouble(b -> b.age().minYears()).min().orElseThrow();
        double ageMax = dataset.bins().stream().mapToDouble(b -> b.age().maxYears()).max().orElseThrow();
        Instant now = Database.truncate(Instant.now());
        return db.inTransaction("Storing norm dataset " + p.id() + " version " + p.version(), c -> {
            Optional<NormDatasetRecord> raced = find(c, p.id(), p.version()); // another workstation meanwhile
            if (raced.isPresent()) {
                throw duplicate(labNormsJson, raced.get());
            }
            NormDatasetRecord r = new NormDatasetRecord(p.id(), p.version(), p.title(), p.citation(), p.population(), p.markerModel(),
                    ageMin, ageMax, dataset.bins().size(), stored.sha256Hex(), stored.sizeBytes(), now, actor.userName());
            insert(c, r);
            AuditLog.append(c, actor, STORED, subject(p.id(), p.version()),
                    String.format(Locale.ROOT, "%d bins; ages %s; jsonSha256=%s; %d bytes", r.binCount(), new AgeRange(ageMin, ageMax),
                            r.jsonSha256Hex(), r.jsonSizeBytes()));
            return r;
        });
    }

    /** The audit subject of a dataset version. */
    public static String subject(String datasetId, String version) {
        return "norm dataset " + datasetId + " version " + version;
    }

    public List<NormDatasetRecord> list() throws StoreException {
        return db.read("Listing norm datasets", c -> {
            List<NormDatasetRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM norm_datasets ORDER BY dataset_id, imported_at,"
                    + " dataset_version"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
            return out;
        });
    }

    public Optional<NormDatasetRecord> find(String datasetId, String version) throws StoreException {
        return db.read("Looking up norm dataset " + datasetId, c -> find(c, datasetId, version));
    }

    /** The stored JSON file, checked against its recorded hash; empty when no such dataset version is stored. */
    public Optional<Path> file(String datasetId, String version) throws StoreException {
        Optional<NormDatasetRecord> r = find(datasetId, version);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        String what = "The file of norm dataset " + datasetId + " version " + version;
        String hash = r.get().jsonSha256Hex();
        Path path = files.path(hash);
        try {
            switch (files.check(hash)) {
                case MISSING -> throw new StoreException(what + " is missing from the file store " + files.root());
                case ALTERED -> throw new StoreException(what + " (" + path + ") was altered after it was stored");
                case INTACT -> {
                }
            }
        } catch (IOException e) {
            throw new StoreException(what + " (" + path + ") cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(path);
    }

    private static byte[] read(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Cannot store the lab norm dataset " + file + ": no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("Cannot store the lab norm dataset " + file + ": cannot read it: " + e.getMessage(), e);
        }
    }

    /** The norms bundle's own reader decides what a valid norm file is. */
    private static NormDataset validate(Path file, byte[] bytes) throws StoreException {
        String problem;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            NormDataset dataset = NormJson.parse(text);
            if (dataset.id().length() > MAX_KEY_CHARS || dataset.provenance().version().length() > MAX_KEY_CHARS) {
                problem = "its dataset id or version is longer than " + MAX_KEY_CHARS + " characters";
            } else {
                return dataset;
            }
        } catch (CharacterCodingException e) {
            problem = "it is not UTF-8 text";
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        } catch (ClassCastException | NullPointerException e) {
            // the reader expects numbers/arrays in places; anything else that slips through its checks lands here
            problem = "a member has the wrong type (" + e.getMessage() + ")";
        }
        throw new StoreException("Cannot store the lab norm dataset " + file + ": not a valid Ambulo norm file (" + NormJson.FORMAT
                + " version " + NormJson.FORMAT_VERSION + "): " + problem);
    }

    private static StoreException duplicate(Path file, NormDatasetRecord existing) {
        return new StoreException("Cannot store the lab norm dataset " + file + ": dataset " + existing.datasetId() + " version "
                + existing.version() + " is already stored (by " + existing.importedBy() + " at " + existing.importedAt()
                + "); a stored version is never replaced: build the changed norms with a new version (ambulo norms build ... --version V)");
    }

    private static Optional<NormDatasetRecord> find(Connection c, String datasetId, String version) throws SQLException {
        try (PreparedStatement s = c
                .prepareStatement("SELECT " + COLUMNS + " FROM norm_datasets WHERE dataset_id = ? AND dataset_version = ?")) {
            s.setString(1, datasetId);
            s.setString(2, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        }
    }

    private static void insert(Connection c, NormDatasetRecord r) throws SQLException {
        try (PreparedStatement s = c
                .prepareStatement("INSERT INTO norm_datasets (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.datasetId());
            s.setString(2, r.version());
            s.setString(3, r.title());
            s.setString(4, r.citation());
            s.setString(5, r.population());
            s.setString(6, r.markerModel());
            s.setDouble(7, r.ageMinYears());
            s.setDouble(8, r.ageMaxYears());
            s.setInt(9, r.binCount());
            s.setString(10, r.jsonSha256Hex());
            s.setLong(11, r.jsonSizeBytes());
            s.setObject(12, Database.toDb(r.importedAt()));
            s.setString(13, r.importedBy());
            s.executeUpdate();
        }
    }

    private static NormDatasetRecord record(ResultSet rs) throws SQLException {
        return new NormDatasetRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getDouble(7), rs.getDouble(8), rs.getInt(9), rs.getString(10), rs.getLong(11), Database.fromDb(rs, "imported_at"),
                rs.getString(13));
    }
}
