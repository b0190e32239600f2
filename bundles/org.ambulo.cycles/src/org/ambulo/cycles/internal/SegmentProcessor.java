package org.ambulo.cycles.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.CycleIssue;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.cycles.SegmentationSettings;
import org.ambulo.events.EventKeys;
import org.ambulo.events.GaitEvents;
import org.ambulo.model.GaitEvent;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/** Cuts the trial's events (stored, or from the event detection step) into left and right gait cycles. */
@Component(service = Processor.class)
public final class SegmentProcessor implements Processor<SegmentationSettings> {

    public static final String ID = "org.ambulo.cycles.segment";

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
        return "Gait cycles: foot strike to foot strike of each side, from the stored or detected events";
    }

    @Override
    public Class<SegmentationSettings> settingsType() {
        return SegmentationSettings.class;
    }

    @Override
    public SegmentationSettings defaultSettings() {
        return SegmentationSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, SegmentationSettings settings) throws ProcessingException {
        String trial = context.source().sourceName();
        List<GaitEvent> stored = C3dTrials.gaitEvents(context.source());
        Optional<List<GaitEvent>> detected = context.get(EventKeys.EVENTS).map(GaitEvents::events);
        List<GaitEvent> events;
        if (!stored.isEmpty() && (settings.preferStoredEvents() || detected.isEmpty())) {
            events = stored;
        } else if (detected.isPresent()) {
            events = detected.get();
        } else {
            throw new ProcessingException(trial, ID,
                    "no gait events: the file stores none and no event detection step ran before this one");
        }
        CycleSegmentation segmentation = GaitCycles.analyse(events);
        if (segmentation.cycles().isEmpty()) {
            throw new ProcessingException(trial, ID, "no complete gait cycle in " + events.size() + " events: "
                    + segmentation.issues().stream().map(CycleIssue::toString).collect(Collectors.joining("; ")));
        }
        return context.with(CycleKeys.CYCLES, segmentation, ID);
    }
}
