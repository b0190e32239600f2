package org.ambulo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.ambulo.pipeline.FileDigests;
import org.ambulo.store.internal.AuditLog;
import org.ambulo.store.internal.AuditVerifier;
import org.ambulo.store.internal.ContentStore;
import org.ambulo.store.internal.Database;
import org.ambulo.store.internal.Exporter;
import org.ambulo.store.internal.Migrations;
import org.ambulo.store.internal.NormDatasets;
import org.ambulo.store.internal.Queries;
import org.ambulo.store.internal.Reports;
import org.ambulo.store.internal.SessionImporter;

/**
 * The patient and session store: metadata in H2 or PostgreSQL, files in a content-addressed folder. Every mutating
 * operation checks the actor's {@link Role}, runs in one transaction and appends a hash-chained audit entry in that
 * transaction. Safe for use by several threads and, on PostgreSQL, several processes. The store logs nothing.
 *
 * <pre>
 * try (AmbuloStore store = AmbuloStore.open(StoreConfig.h2(workspace.resolve("store")))) {
 *     store.importSession(folder, new Actor("jdoe", Role.TECHNICIAN));
 *     store.sessions("P-0001").forEach(System.out::println);
 * }
 * </pre>
 */
public final class AmbuloStore implements AutoCloseable {

    private final StoreConfig config;
    private final Database db;
    private final ContentStore files;
    private final int schemaVersion;
    private final SessionImporter importer;
    private final Queries queries;
    private final Reports reports;
    private final NormDatasets normDatasets;

    private AmbuloStore(StoreConfig config, Database db, int schemaVersion) {
        this.config = config;
        this.db = db;
        this.files = new ContentStore(config.fileRoot());
        this.schemaVersion = schemaVersion;
        this.importer = new SessionImporter(db, files);
        this.queries = new Queries(db, files);
        this.reports = new Reports(db, files);
        this.normDatasets = new NormDatasets(db, files);
    }

    /**
     * Opens the store, creating or migrating the schema. A database whose schema is newer than this code knows is
     * refused and left unchanged.
     */
    public static AmbuloStore open(StoreConfig config) throws StoreException {
        return open(config, OptionalInt.empty());
    }

    /**
     * Opens the store with its schema migrated no further than {@code schemaVersion}: what an older Ambulo would have
     * made. For migration tests only; the store's operations assume the newest schema.
     */
    static AmbuloStore openAtSchemaVersion(StoreConfig config, int schemaVersion) throws StoreException {
        return open(config, OptionalInt.of(schemaVersion));
    }

    private static AmbuloStore open(StoreConfig config, OptionalInt targetSchemaVersion) throws StoreException {
        Database db = new Database(config);
        try {
            db.connect().close(); // a clear message for a wrong key, a busy H2 file or an unreachable server
            int version = Migrations.migrate(db, targetSchemaVersion);
            Files.createDirectories(config.fileRoot());
            AmbuloStore store = new AmbuloStore(config, db, version);
            store.files.removeStaleTemporaryFiles();
            return store;
        } catch (IOException | java.sql.SQLException e) {
            db.close();
            throw new StoreException(
                    "Cannot open the store: cannot create the file store folder " + config.fileRoot() + ": " + e.getMessage(), e);
        } catch (StoreException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public StoreConfig config() {
        return config;
    }

    /** Schema version after migration (the newest script applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Imports a session folder (session.json, or Vicon Eclipse .enf files, plus its trial files) in one transaction.
     * Refused: a missing or unreadable trial file, a corrupt C3D, a session id already stored. Roles: technician,
     * administrator.
     */
    public ImportResult importSession(Path sessionFolder, Actor actor) throws StoreException {
        return importer.importSession(sessionFolder, actor);
    }

    /** All patients by id. */
    public List<PatientSummary> patients() throws StoreException {
        return queries.patients();
    }

    /** A patient's sessions by date (empty for an unknown patient). */
    public List<SessionSummary> sessions(String patientId) throws StoreException {
        return queries.sessions(patientId);
    }

    public Optional<StoredSession> session(String sessionId) throws StoreException {
        return queries.session(sessionId);
    }

    /**
     * Writes session.json and the trial files (their original names, relative to the folder) from the file store into
     * {@code workFolder}, each checked against its hash.
     *
     * @return the session.json written
     */
    public Path materialize(String sessionId, Path workFolder) throws StoreException {
        return queries.materialize(sessionId, workFolder);
    }

    /**
     * Stores results JSON, provenance JSON and report PDF as a new DRAFT report version (the previous draft, if any,
     * is marked superseded). Refused when the session has a signed report. Roles: technician, administrator.
     */
    public ReportRecord storeAnalysis(String sessionId, AnalysisArtifacts artifacts, Actor actor) throws StoreException {
        return reports.storeAnalysis(sessionId, artifacts, actor);
    }

    /** Signs the current draft (its PDF must still match its hash). Roles: physician, administrator. */
    public ReportRecord signReport(long reportId, Actor physician) throws StoreException {
        return reports.sign(reportId, physician);
    }

    /**
     * Amends a signed report: a new version, signed by {@code physician}, referencing the old one, which becomes
     * {@link ReportState#AMENDED} and stays readable. Drafts and already amended versions are refused. Roles:
     * physician, administrator.
     */
    public ReportRecord amendReport(long reportId, AnalysisArtifacts replacement, String reason, Actor physician) throws StoreException {
        return reports.amend(reportId, replacement, reason, physician);
    }

    /** Deletes a draft report version; signed and amended versions are refused. Roles: technician, administrator. */
    public void deleteDraftReport(long reportId, Actor actor) throws StoreException {
        reports.deleteDraft(reportId, actor);
    }

    /** The session's report versions, oldest first. */
    public List<ReportRecord> reports(String sessionId) throws StoreException {
        return reports.reports(sessionId);
    }

    public Optional<ReportRecord> report(long reportId) throws StoreException {
        return reports.report(reportId);
    }

    /** The report's PDF bytes, checked against the recorded hash. */
    public byte[] reportPdf(long reportId) throws StoreException {
        ReportRecord r = report(reportId).orElseThrow(() -> new StoreException("Report " + reportId + " does not exist"));
        try {
            byte[] bytes = Files.readAllBytes(files.existing(r.pdfSha256Hex())
                    .orElseThrow(
                            () -> new StoreException("The PDF of report " + reportId + " is missing from the file store " + files.root())));
            if (!FileDigests.sha256Hex(bytes).equals(r.pdfSha256Hex())) {
                throw new StoreException("The PDF of report " + reportId + " in the file store was altered");
            }
            return bytes;
        } catch (IOException e) {
            throw new StoreException("Cannot read the PDF of report " + reportId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores a lab's own norm dataset, the JSON file {@code ambulo norms build} writes, as it is (content-addressed).
     * The file is validated with the norms bundle's reader; a malformed file or a dataset id and version already stored
     * is refused naming the file and the problem. Audited. Roles: physician, administrator.
     */
    public NormDatasetRecord storeNormDataset(Path labNormsJson, Actor actor) throws StoreException {
        return normDatasets.store(labNormsJson, actor);
    }

    /** The stored lab norm datasets by id, each id's versions in the order they were stored. */
    public List<NormDatasetRecord> normDatasets() throws StoreException {
        return normDatasets.list();
    }

    public Optional<NormDatasetRecord> normDataset(String datasetId, String version) throws StoreException {
        return normDatasets.find(datasetId, version);
    }

    /**
     * The stored JSON file of a dataset version (read it with {@code NormJson.read}), checked against its recorded hash;
     * empty when that version is not stored. The file must not be modified.
     */
    public Optional<Path> normDatasetFile(String datasetId, String version) throws StoreException {
        return normDatasets.file(datasetId, version);
    }

    /** The audit trail, oldest first. */
    public List<AuditEntry> auditTrail() throws StoreException {
        return db.read("Reading the audit trail", c -> AuditLog.entries(c, ""));
    }

    /** The audit entries about one subject, e.g. {@code "session S-1"} or {@code "report 7"}. */
    public List<AuditEntry> auditTrail(String subject) throws StoreException {
        return db.read("Reading the audit trail", c -> AuditLog.entries(c, "WHERE subject = ?", subject));
    }

    /** Recomputes the hash chain and checks the PDFs of all signed reports; reports the first problem. */
    public AuditVerification verifyAudit() throws StoreException {
        return AuditVerifier.verify(db, files);
    }

    /**
     * Exports every session de-identified into {@code outFolder} (new or empty): one pseudonym-named folder per session
     * and a README listing what was removed. Audited. Roles: physician, administrator.
     */
    public ExportResult exportDeidentified(Path outFolder, Actor actor) throws StoreException {
        return new Exporter(db, queries).export(outFolder, actor);
    }

    /** Where a stored file lives (for tools and tests); the file may be absent. */
    public Path storedFile(String sha256Hex) {
        return files.path(sha256Hex);
    }

    @Override
    public void close() {
        db.close();
    }
}
