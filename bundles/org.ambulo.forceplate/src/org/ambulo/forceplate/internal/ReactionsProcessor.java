package org.ambulo.forceplate.internal;

import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.forceplate.ForcePlateKeys;
import org.ambulo.forceplate.ForcePlateSettings;
import org.ambulo.forceplate.ForcePlates;
import org.ambulo.forceplate.PlateReactions;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/** Computes every plate's ground reaction into {@link ForcePlateKeys#REACTIONS}. */
@Component(service = Processor.class)
public final class ReactionsProcessor implements Processor<ForcePlateSettings> {

    public static final String ID = "org.ambulo.forceplate.reactions";

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
        return "Force plates (types 1-5, 7) to ground reaction force, centre of pressure and free moment in the lab frame";
    }

    @Override
    public Class<ForcePlateSettings> settingsType() {
        return ForcePlateSettings.class;
    }

    @Override
    public ForcePlateSettings defaultSettings() {
        return ForcePlateSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, ForcePlateSettings settings) throws ProcessingException {
        C3dFile file = context.source();
        if (file.forcePlatforms().isEmpty()) {
            // A trial without plates (e.g. a static on the floor) is not an error; say so instead of failing.
            PlateReactions none = new PlateReactions(List.of(),
                    List.of(file.sourceName() + ": no force plates (FORCE_PLATFORM is absent or empty)"));
            return context.with(ForcePlateKeys.REACTIONS, none, ID);
        }
        try {
            return context.with(ForcePlateKeys.REACTIONS, ForcePlates.computeWithNotes(file, settings), ID);
        } catch (C3dFormatException e) {
            throw new ProcessingException(file.sourceName(), ID, e.problem(), e);
        }
    }
}
