package org.ambulo.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.ambulo.pipeline.FileDigests;
import org.ambulo.store.Actor;
import org.ambulo.store.AuditEntry;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/**
 * The hash-chained audit trail. Appending locks the one-row {@code audit_head} (SELECT ... FOR UPDATE) inside the
 * caller's transaction, so entries of concurrent processes are appended one after the other and a rolled-back
 * operation leaves no entry.
 */
public final class AuditLog {

    /** Hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditLog() {
    }

    /** Appends one entry in the caller's transaction. {@code details} must not contain patient names. */
    public static AuditEntry append(Connection c, Actor actor, String action, String subject, String details)
            throws SQLException, StoreException {
        long lastSeq;
        String lastHash;
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE head_id = 1 FOR UPDATE");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("the audit_head row is missing: the audit trail was tampered with");
            }
            lastSeq = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        long seq = lastSeq + 1;
        Instant at = Database.truncate(Instant.now());
        String hash = hash(lastHash, seq, at, actor.userName(), actor.role(), action, subject, details);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entries (seq, entry_time, user_name, user_role, action,"
                + " subject, details, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setObject(2, Database.toDb(at));
            s.setString(3, actor.userName());
            s.setString(4, actor.role().name());
            s.setString(5, action);
            s.setString(6, subject);
            s.setString(7, details);
            s.setString(8, lastHash);
            s.setString(9, hash);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE head_id = 1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
        return new AuditEntry(seq, at, actor.userName(), actor.role(), action, subject, details, lastHash, hash);
    }

    /**
     * SHA-256 over the previous hash and the entry's canonical fields, each written as its UTF-8 length and bytes so
     * that no two different entries encode the same way.
     */
    public static String hash(String previousHash, long seq, Instant at, String user, Role role, String action, String subject,
            String details) {
        MessageDigest d = FileDigests.sha256();
        for (String field : new String[]{previousHash, Long.toString(seq), at.toString(), user, role.name(), action, subject,
                details}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            d.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            d.update(bytes);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    public static List<AuditEntry> entries(Connection c, String whereClause, Object... args) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, entry_time, user_name, user_role, action, subject, details,"
                + " prev_hash, entry_hash FROM audit_entries " + whereClause + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Database.fromDb(rs, "entry_time"), rs.getString(3), role(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // a tampered role; verification reports the entry
        }
    }

    /** The first problem of the chain, or null when it is intact. */
    public static Problem verifyChain(Connection c) throws SQLException {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, entry_time, user_name, user_role, action, subject, details,"
                + " prev_hash, entry_hash FROM audit_entries ORDER BY seq"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                checked++;
                if (seq != expectedSeq) {
                    return new Problem(checked, expectedSeq, "entry " + expectedSeq + " is missing (next entry is " + seq + ")");
                }
                Role role = role(rs.getString(4));
                if (role == null) {
                    return new Problem(checked, seq, "entry " + seq + " has an unknown role \"" + rs.getString(4) + "\"");
                }
                if (!previous.equals(rs.getString(8))) {
                    return new Problem(checked, seq, "entry " + seq + " does not follow entry " + (seq - 1) + " (previous hash differs)");
                }
                String recomputed = hash(previous, seq, Database.fromDb(rs, "entry_time"), rs.getString(3), role, rs.getString(5),
                        rs.getString(6), rs.getString(7));
                if (!recomputed.equals(rs.getString(9))) {
                    return new Problem(checked, seq,
                            "entry " + seq + " was changed after it was written (its hash does not match its fields)");
                }
                previous = recomputed;
                expectedSeq++;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE head_id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return new Problem(checked, expectedSeq, "the audit head row is missing");
            }
            if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(previous)) {
                return new Problem(checked, expectedSeq - 1 < rs.getLong(1) ? expectedSeq : rs.getLong(1),
                        "the trail ends at entry " + (expectedSeq - 1) + " but the head records entry " + rs.getLong(1)
                                + ": entries were removed from the end or the head was altered");
            }
        }
        return new Problem(checked, -1, null);
    }

    /** Result of the chain check; {@code problem} null when intact. */
    public record Problem(long entriesChecked, long seq, String problem) {
    }
}
