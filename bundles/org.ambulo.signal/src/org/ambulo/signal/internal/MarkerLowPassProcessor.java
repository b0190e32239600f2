package org.ambulo.signal.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.signal.Butterworth;
import org.ambulo.signal.MarkerLowPassSettings;
import org.ambulo.signal.SignalKeys;
import org.osgi.service.component.annotations.Component;

/**
 * Zero-lag Butterworth low-pass of every marker coordinate, each valid run separately (gaps stay NaN). Works on the
 * markers of an earlier signal step if present, else on the file's; puts the result under {@link SignalKeys#MARKERS}.
 */
@Component(service = Processor.class)
public final class MarkerLowPassProcessor implements Processor<MarkerLowPassSettings> {

    public static final String ID = "org.ambulo.signal.markers.lowpass";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Low-pass filter marker trajectories (zero-lag Butterworth, gaps kept)";
    }

    @Override
    public Class<MarkerLowPassSettings> settingsType() {
        return MarkerLowPassSettings.class;
    }

    @Override
    public MarkerLowPassSettings defaultSettings() {
        return MarkerLowPassSettings.DEFAULTS;
    }

    @Override
    public TrialContext process(TrialContext context, MarkerLowPassSettings settings) throws ProcessingException {
        String trial = context.source().sourceName();
        double rateHz = TrialMarkers.pointRateHz(context, ID);
        Butterworth filter;
        try {
            filter = Butterworth.lowPass(settings.orderForward(), settings.cutoffHz(), rateHz, settings.cutoffConvention());
        } catch (IllegalArgumentException e) {
            throw new ProcessingException(trial, ID, "invalid filter settings for markers at " + rateHz + " Hz: " + e.getMessage(), e);
        }
        Map<String, MarkerTrajectory> filtered = new LinkedHashMap<>();
        for (MarkerTrajectory m : TrialMarkers.current(context, ID).values()) {
            filtered.put(m.label(),
                    new MarkerTrajectory(m.label(), filter.filtfilt(m.xMm()), filter.filtfilt(m.yMm()), filter.filtfilt(m.zMm())));
        }
        return context.with(SignalKeys.MARKERS, Collections.unmodifiableMap(filtered), ID);
    }
}
