package org.ambulo.cycles.internal;

import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.Spatiotemporal;
import org.ambulo.cycles.SpatiotemporalSettings;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/** Spatiotemporal parameters (cadence, speed, times, lengths, phases) from the cycles of the segmentation step. */
@Component(service = Processor.class)
public final class SpatiotemporalProcessor implements Processor<SpatiotemporalSettings> {

    public static final String ID = "org.ambulo.cycles.spatiotemporal";

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
        return "Spatiotemporal parameters per cycle and averaged per side, as Vicon Nexus defines them";
    }

    @Override
    public Class<SpatiotemporalSettings> settingsType() {
        return SpatiotemporalSettings.class;
    }

    @Override
    public SpatiotemporalSettings defaultSettings() {
        return SpatiotemporalSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, SpatiotemporalSettings settings) throws ProcessingException {
        CycleSegmentation segmentation = context.require(CycleKeys.CYCLES, ID);
        SpatiotemporalTable table = Spatiotemporal.compute(context.source(), segmentation.events(), settings);
        if (table.cycles().isEmpty()) {
            throw new ProcessingException(context.source().sourceName(), ID,
                    "no cycle with all five events (strike, opposite foot off, opposite strike, foot off, next strike): "
                            + String.join("; ", table.issues()));
        }
        return context.with(CycleKeys.SPATIOTEMPORAL, table, ID);
    }
}
