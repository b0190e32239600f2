package org.ambulo.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The methods shipped with Ambulo, stored as JSON resources next to this class so that they read exactly like a
 * lab's own method files.
 */
public final class DefaultMethods {

    public static final String FULL_ID = "org.ambulo.method.full";
    static final String FULL_RESOURCE = "default-method-full.json";

    private DefaultMethods() {
    }

    /**
     * The full chain with every processor's default settings. Static section (run once on the static trial, when one
     * is given): gap fill, low-pass, CGM calibration; the calibration is carried to each trial. Trial steps: gap fill,
     * low-pass, plate reactions, plate contacts, combined events, CGM kinematics and kinetics, cycle segmentation,
     * spatiotemporal parameters, EMG processing and activation, gait profile score against norms. Without a static
     * trial the CGM uses the calibration stored in the trial's PROCESSING group.
     */
    public static Method full() {
        try (InputStream in = DefaultMethods.class.getResourceAsStream(FULL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + FULL_RESOURCE + " missing from the org.ambulo.pipeline bundle");
            }
            return MethodJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FULL_RESOURCE);
        } catch (IOException | MethodException e) {
            throw new IllegalStateException("the shipped method " + FULL_RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
