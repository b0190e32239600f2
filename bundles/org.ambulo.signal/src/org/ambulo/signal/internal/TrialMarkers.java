package org.ambulo.signal.internal;

import java.util.Map;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.signal.SignalKeys;

/** The markers a signal step works on: those of an earlier step if there is one, else the file's. */
final class TrialMarkers {

    private TrialMarkers() {
    }

    static Map<String, MarkerTrajectory> current(TrialContext context, String processorId) throws ProcessingException {
        if (context.get(SignalKeys.MARKERS).isPresent()) {
            return context.get(SignalKeys.MARKERS).get();
        }
        try {
            return C3dTrials.markers(context.source());
        } catch (C3dFormatException e) {
            throw new ProcessingException(context.source().sourceName(), processorId, e.getMessage(), e);
        }
    }

    static double pointRateHz(TrialContext context, String processorId) throws ProcessingException {
        double rate = context.source().pointRateHz();
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new ProcessingException(context.source().sourceName(), processorId,
                    "the marker frame rate (POINT:RATE) is " + rate + " Hz; cannot filter without a valid rate");
        }
        return rate;
    }
}
