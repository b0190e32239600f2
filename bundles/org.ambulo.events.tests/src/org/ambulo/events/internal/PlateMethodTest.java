package org.ambulo.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ambulo.events.EventSettings;
import org.ambulo.forceplate.ContactSettings;
import org.junit.jupiter.api.Test;

/** How the events' plate settings reach the force-plate bundle, and the sub-sample timing of threshold crossings. */
class PlateMethodTest {

    @Test
    void thePlateThresholdBecomesTheContactThresholdAndTheRestStaysAtTheForcePlateDefaults() {
        EventSettings d = EventSettings.defaults();
        EventSettings settings = new EventSettings(d.detector(), 37.5, d.plateMinPeakN(), d.markerLowPassHz(), d.markerFilterOrder(),
                d.heelMarker(), d.heelFallbackMarker(), d.toeMarker(), d.sacrumMarker(), d.psisMarker(), d.progressionAxis(),
                d.minStrideSeconds(), d.maxStrideSeconds(), d.agreementSeconds(), d.matchWindowSeconds(), d.learnKinematicOffset());
        ContactSettings mapped = PlateMethod.contactSettings(settings);
        ContactSettings defaults = ContactSettings.defaults();
        assertEquals(37.5, mapped.contactThresholdN());
        assertEquals(new ContactSettings(37.5, defaults.minContactSeconds(), defaults.validityThresholdN(), defaults.edgeToleranceMm(),
                defaults.groundClearanceMm(), defaults.groundSpeedMmPerSecond()), mapped);
        // The default event threshold is the force-plate bundle's default contact threshold: defaults map onto defaults.
        assertEquals(defaults, PlateMethod.contactSettings(d));
    }

    @Test
    void crossingsAreInterpolatedBetweenSamplesAndClampedToTheData() {
        double[] rising = {0, 10, 30, 60};
        assertEquals(1.5, PlateMethod.crossing(rising, 1, 20), 1e-12, "20 N halfway between 10 and 30 N");
        double[] falling = {60, 30, 10, 0};
        assertEquals(1.5, PlateMethod.crossing(falling, 1, 20), 1e-12);
        assertEquals(1.0, PlateMethod.crossing(new double[]{25, 25, 25}, 1, 20), 1e-12, "a flat step has no inner crossing");
        assertEquals(0.0, PlateMethod.crossing(rising, -1, 20), 1e-12, "before the first sample: the first sample");
        assertEquals(3.0, PlateMethod.crossing(rising, 3, 20), 1e-12, "after the last sample: the last sample");
    }
}
