package org.ambulo.store;

import java.util.List;

/**
 * A stored session: its summary, the conditions and operators, and its files.
 *
 * @param sessionJsonSha256Hex
 *            content hash of the stored session file (the original session.json, or the one generated from Vicon
 *            Eclipse .enf files)
 * @param conditions
 *            e.g. "barefoot, orthosis: none, assistive device: none"
 */
public record StoredSession(SessionSummary summary, String conditions, String markerSet, List<String> operators, List<String> icd10Codes,
        String sessionJsonSha256Hex, List<StoredTrial> trials) {

    public StoredSession {
        operators = List.copyOf(operators);
        icd10Codes = List.copyOf(icd10Codes);
        trials = List.copyOf(trials);
    }

    public String sessionId() {
        return summary.sessionId();
    }
}
