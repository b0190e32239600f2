package org.ambulo.forceplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.ambulo.forceplate.internal.ContactsProcessor;
import org.ambulo.forceplate.internal.ReactionsProcessor;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.junit.jupiter.api.Test;

/** The two processors used as pipeline steps (outside OSGi; registration is ForcePlateProcessorsServiceTest). */
class ForcePlateProcessorsTest {

    private final ReactionsProcessor reactions = new ReactionsProcessor();
    private final ContactsProcessor contacts = new ContactsProcessor();

    @Test
    void idsAndDefaultsAreStable() {
        assertEquals("org.ambulo.forceplate.reactions", reactions.id());
        assertEquals("org.ambulo.forceplate.contacts", contacts.id());
        assertEquals(ForcePlateSettings.defaults(), reactions.defaultSettings());
        assertEquals(ContactSettings.defaults(), contacts.defaultSettings());
        assertEquals("org.ambulo.forceplate.reactions", ForcePlateKeys.REACTIONS.name());
        assertEquals("org.ambulo.forceplate.contacts", ForcePlateKeys.CONTACTS.name());
    }

    @Test
    void reactionsThenContactsOnAGaitTrial() throws IOException, ProcessingException {
        TrialContext start = TrialContext.of(TestFiles.read(TestFiles.PIG + "PiG_Motion3_FF.c3d"));
        TrialContext withReactions = reactions.process(start, reactions.defaultSettings());
        assertEquals(3, withReactions.get(ForcePlateKeys.REACTIONS).orElseThrow().plates().size());
        assertEquals("org.ambulo.forceplate.reactions", withReactions.producerOf(ForcePlateKeys.REACTIONS).orElseThrow());
        TrialContext done = contacts.process(withReactions, contacts.defaultSettings());
        PlateContacts result = done.get(ForcePlateKeys.CONTACTS).orElseThrow();
        assertEquals(3, result.valid().size(), result.toString());
        assertTrue(start.keys().isEmpty(), "the input context is not modified");
    }

    @Test
    void contactsNeedTheReactionsFirst() throws IOException {
        TrialContext start = TrialContext.of(TestFiles.read(TestFiles.PIG + "PiG_Motion3_FF.c3d"));
        ProcessingException e = assertThrows(ProcessingException.class, () -> contacts.process(start, contacts.defaultSettings()));
        assertTrue(e.getMessage().contains("org.ambulo.forceplate.reactions") && e.getMessage().contains("PiG_Motion3_FF.c3d"),
                e.getMessage());
    }

    @Test
    void aCorruptPlateStopsTheStepNamingFileAndPlate() throws IOException {
        TrialContext start = TrialContext.of(TestFiles.read(TestFiles.SAMPLES + "sample_11/evart.c3d"));
        ProcessingException e = assertThrows(ProcessingException.class, () -> reactions.process(start, reactions.defaultSettings()));
        assertTrue(e.getMessage().startsWith("evart.c3d: org.ambulo.forceplate.reactions: force plate 1 (type 3)"), e.getMessage());
    }

    @Test
    void aTrialWithoutPlatesGivesNoReactionsAndSaysSo() throws IOException, ProcessingException {
        TrialContext start = TrialContext.of(TestFiles.read(TestFiles.PIG + "PiG_Calibration3_FF.c3d"));
        PlateReactions none = reactions.process(start, reactions.defaultSettings()).get(ForcePlateKeys.REACTIONS).orElseThrow();
        assertTrue(none.plates().isEmpty());
        assertTrue(none.notes().get(0).contains("no force plates"), none.notes().toString());
    }
}
