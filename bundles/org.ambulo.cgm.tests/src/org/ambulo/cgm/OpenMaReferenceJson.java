package org.ambulo.cgm;

import java.util.Map;

import org.ambulo.testdata.ReferenceJson;

/** The OpenMA Plug-in Gait expectations in the shared reference JSON. */
final class OpenMaReferenceJson {

    private OpenMaReferenceJson() {
    }

    /** {@code _extracted_reference/openma_plugingait_tests.json} → its "tests" object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> openMaPluginGaitTests() {
        return (Map<String, Object>) ((Map<String, Object>) ReferenceJson.read("_extracted_reference/openma_plugingait_tests.json"))
                .get("tests");
    }
}
