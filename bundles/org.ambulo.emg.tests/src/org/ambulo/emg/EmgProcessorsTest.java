package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ambulo.c3d.C3dReader;
import org.ambulo.emg.internal.EmgActivationProcessor;
import org.ambulo.emg.internal.EmgProcessProcessor;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The two processors in a TrialContext, outside OSGi: ids, defaults, results and clear failures. */
class EmgProcessorsTest {

    private static TrialContext context(String path) throws Exception {
        return TrialContext.of(C3dReader.read(SharedData.resolve(path)));
    }

    @Test
    void processThenActivationOnAPigWalk() throws Exception {
        EmgProcessProcessor process = new EmgProcessProcessor();
        EmgActivationProcessor activation = new EmgActivationProcessor();
        assertEquals("org.ambulo.emg.process", process.id());
        assertEquals("org.ambulo.emg.activation", activation.id());
        assertEquals(EmgProcessingSettings.DEFAULTS, process.defaultSettings());
        assertEquals(ActivationSettings.DEFAULTS, activation.defaultSettings());
        TrialContext context = context(RealFilesTest.PIG + "PiG_Motion-FlatFoot-Full.c3d");
        TrialContext processed = process.process(context, process.defaultSettings());
        TrialContext done = activation.process(processed, activation.defaultSettings());
        EmgEnvelopes envelopes = done.get(EmgKeys.ENVELOPES).orElseThrow();
        EmgActivations activations = done.get(EmgKeys.ACTIVATIONS).orElseThrow();
        assertEquals(10, envelopes.channels().size());
        assertEquals("org.ambulo.emg.activation", done.producerOf(EmgKeys.ACTIVATIONS).orElseThrow());
        // the stored events give 3 right and 2 left complete cycles (5 muscles per side)
        assertEquals(5 * 3 + 5 * 2, activations.activations().size(), activations.issues().toString());
        assertTrue(context.get(EmgKeys.ENVELOPES).isEmpty(), "the input context is not modified");
    }

    @Test
    void activationWithoutEnvelopesOrEventsFailsNamingTheTrial() throws Exception {
        EmgActivationProcessor activation = new EmgActivationProcessor();
        TrialContext noEnvelopes = context(RealFilesTest.PIG + "PiG_Motion-FlatFoot-Full.c3d");
        ProcessingException missingStep = assertThrows(ProcessingException.class,
                () -> activation.process(noEnvelopes, ActivationSettings.DEFAULTS));
        assertTrue(missingStep.getMessage().contains("org.ambulo.emg.envelopes"), missingStep.getMessage());
        // BTS EMG-only file: muscles named, no events
        TrialContext noEvents = new EmgProcessProcessor().process(context("OpenMA__openma-data/input/c3d/other/1123x01EMG.c3d"),
                EmgProcessingSettings.DEFAULTS);
        ProcessingException e = assertThrows(ProcessingException.class, () -> activation.process(noEvents, ActivationSettings.DEFAULTS));
        assertTrue(e.getMessage().startsWith("1123x01EMG.c3d: org.ambulo.emg.activation: no gait cycles"), e.getMessage());
    }

    @Test
    void processReportsTrialsWithoutMappedEmgAndFailsClearlyAtTooLowARate() throws Exception {
        EmgProcessProcessor process = new EmgProcessProcessor();
        EmgEnvelopes none = process.process(context("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01/Eb015pr.c3d"),
                EmgProcessingSettings.DEFAULTS).get(EmgKeys.ENVELOPES).orElseThrow();
        assertTrue(none.channels().isEmpty(), "no EMG recorded: an empty result, not a failed session");
        ProcessingException slow = assertThrows(ProcessingException.class,
                () -> process.process(context(RealFilesTest.ANALYSIS), EmgProcessingSettings.DEFAULTS));
        assertTrue(slow.getMessage().contains("Nyquist"), slow.getMessage());
        EmgEnvelopes numbered = process.process(context(RealFilesTest.MOTION3), EmgProcessingSettings.DEFAULTS).get(EmgKeys.ENVELOPES)
                .orElseThrow();
        assertTrue(numbered.channels().isEmpty(), "channels named by number are not guessed");
        assertTrue(numbered.unmapped().stream().anyMatch(u -> u.label().equals("EMG1") && u.reason().startsWith("no muscle name")),
                numbered.unmapped().toString());
    }
}
