package org.ambulo.forceplate.internal;

import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.FootPlateAssignment;
import org.ambulo.forceplate.ForcePlateKeys;
import org.ambulo.forceplate.PlateReactions;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/**
 * Finds plate contacts, the foot that made each and whether it is valid for kinetics, into
 * {@link ForcePlateKeys#CONTACTS}. Needs {@link ForcePlateKeys#REACTIONS}; takes the markers from the source file (the
 * filtered markers of the signal bundle are not visible from here yet).
 */
@Component(service = Processor.class)
public final class ContactsProcessor implements Processor<ContactSettings> {

    public static final String ID = "org.ambulo.forceplate.contacts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String description() {
        return "Foot-plate assignment: which foot loaded which plate, cross-plate strikes, validity for kinetics";
    }

    @Override
    public Class<ContactSettings> settingsType() {
        return ContactSettings.class;
    }

    @Override
    public ContactSettings defaultSettings() {
        return ContactSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, ContactSettings settings) throws ProcessingException {
        PlateReactions reactions = context.require(ForcePlateKeys.REACTIONS, ID);
        C3dFile file = context.source();
        Map<String, MarkerTrajectory> markers;
        try {
            markers = C3dTrials.markers(file);
        } catch (C3dFormatException e) {
            throw new ProcessingException(file.sourceName(), ID, e.problem(), e);
        }
        return context.with(ForcePlateKeys.CONTACTS, FootPlateAssignment.assignAll(file, reactions.plates(), markers, settings), ID);
    }
}
