package org.ambulo.norms.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitProfileSettings;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.norms.ModelCurves;
import org.ambulo.norms.NexusCurves;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormIndicesResult;
import org.ambulo.norms.NormKeys;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * GVS/GPS/MAP of a trial's cycles (the Plug-in Gait angles stored in the file, until Ambulo's CGM is ready) against
 * the installed norm datasets, chosen automatically unless the settings name one.
 */
@Component(service = Processor.class)
public final class GaitProfileProcessor implements Processor<GaitProfileSettings> {

    public static final String ID = "org.ambulo.norms.gps";

    private final List<NormDataset> datasets = new CopyOnWriteArrayList<>();

    public GaitProfileProcessor() {
    }

    /** Outside OSGi (tests, CLI): with a fixed list of datasets. */
    public GaitProfileProcessor(List<NormDataset> datasets) {
        this.datasets.addAll(datasets);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataset(NormDataset dataset) {
        datasets.add(dataset);
    }

    void removeDataset(NormDataset dataset) {
        datasets.remove(dataset);
    }

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
        return "Gait Profile Score, Gait Variable Scores and Movement Analysis Profile (Baker 2009) against automatically selected norms";
    }

    @Override
    public Class<GaitProfileSettings> settingsType() {
        return GaitProfileSettings.class;
    }

    @Override
    public GaitProfileSettings defaultSettings() {
        return GaitProfileSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, GaitProfileSettings settings) throws ProcessingException {
        C3dFile file = context.source();
        String trial = file.sourceName();
        CycleSegmentation segmentation = context.require(CycleKeys.CYCLES, ID);
        // Our own model's curves whenever a model step ran; outputs stored by another program only otherwise, and said so.
        Optional<CgmResult> model = context.get(CgmKeys.OUTPUTS);
        PatientCycles cycles = model.isPresent()
                ? ModelCurves.cycles(model.get(), file, segmentation.events())
                : NexusCurves.cycles(file, segmentation.events());
        String kinematicsSource = model.isPresent()
                ? "Ambulo CGM (step " + context.producerOf(CgmKeys.OUTPUTS).orElse("?") + ")"
                : "Plug-in Gait outputs stored in " + trial + " (no model step ran)";
        OptionalDouble speed = context.get(CycleKeys.SPATIOTEMPORAL)
                .map(t -> t.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH)).orElse(OptionalDouble.empty());
        PatientFacts facts = new PatientFacts(
                Double.isNaN(settings.ageYears()) ? OptionalDouble.empty() : OptionalDouble.of(settings.ageYears()),
                Sex.fromId(settings.sex()), legLengthMm(file), speed, Optional.of(settings.markerModel()));
        List<NormDataset> candidates = settings.datasetId().isEmpty()
                ? List.copyOf(datasets)
                : datasets.stream().filter(d -> d.id().equals(settings.datasetId())).toList();
        if (candidates.isEmpty()) {
            throw new ProcessingException(trial, ID, settings.datasetId().isEmpty()
                    ? "no norm dataset is installed"
                    : "norm dataset '" + settings.datasetId() + "' is not installed (installed: "
                            + datasets.stream().map(NormDataset::id).toList() + ")");
        }
        try {
            Selection selection;
            if (settings.binId().isEmpty()) {
                selection = NormSelection.select(facts, candidates);
            } else {
                NormDataset dataset = candidates.get(0);
                NormBin bin = dataset.bin(settings.binId()).orElseThrow(() -> new IllegalArgumentException(
                        "dataset " + dataset.id() + " has no bin '" + settings.binId() + "'"));
                selection = new Selection(dataset, bin, "bin chosen in the method settings", dataset.provenance().provenanceWarning()
                        .map(List::of).orElse(List.of()));
            }
            MovementAnalysisProfile profile = GaitIndices.compute(cycles, selection.dataset(), selection.bin());
            return context.with(NormKeys.GAIT_PROFILE, new NormIndicesResult(selection, profile, kinematicsSource), ID);
        } catch (IllegalArgumentException e) {
            throw new ProcessingException(trial, ID, e.getMessage());
        }
    }

    private static OptionalDouble legLengthMm(C3dFile file) {
        double sum = 0;
        int count = 0;
        for (String name : List.of("LLegLength", "RLegLength")) {
            OptionalDouble v = file.parameters().parameter("PROCESSING", name).map(p -> p.firstNumber()).orElse(OptionalDouble.empty());
            if (v.isPresent() && v.getAsDouble() > 0) {
                sum += v.getAsDouble();
                count++;
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
