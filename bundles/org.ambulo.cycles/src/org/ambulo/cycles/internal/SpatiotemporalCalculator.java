package org.ambulo.cycles.internal;

import static org.ambulo.cycles.SpatiotemporalParameter.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.CycleIssue;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.CycleSpatiotemporal;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.ProgressionDirection;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalSettings;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.cycles.SpatiotemporalValue;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/** Computes the parameters of {@link SpatiotemporalParameter} per complete cycle and their means per side. */
public final class SpatiotemporalCalculator {

    private static final double GRAVITY_M_PER_S2 = 9.81;

    private SpatiotemporalCalculator() {
    }

    public static SpatiotemporalTable compute(C3dFile file, List<GaitEvent> events, SpatiotemporalSettings settings) {
        List<String> issues = new ArrayList<>();
        CycleSegmentation segmentation = GaitCycles.analyse(events);
        if (events.isEmpty()) {
            issues.add("no gait events: no cycles");
        }
        segmentation.issues().stream().map(CycleIssue::toString).forEach(issues::add);
        OptionalDouble legLengthMm = settings.legLengthMm() > 0 ? OptionalDouble.of(settings.legLengthMm()) : LegLength.fromFile(file);

        FootGeometry geometry = FootGeometry.of(file, settings, issues);
        List<CycleSpatiotemporal> cycles = new ArrayList<>();
        for (GaitCycle cycle : segmentation.cycles()) {
            if (cycle.hasOppositeEvents()) {
                cycles.add(new CycleSpatiotemporal(cycle, perCycle(cycle, geometry, legLengthMm, issues)));
            }
        }
        for (Side side : Side.values()) {
            if (cycles.stream().noneMatch(c -> c.cycle().side() == side)) {
                issues.add(
                        side.name().toLowerCase(Locale.ROOT) + ": no complete cycle (strike, opposite foot off, opposite strike, foot off,"
                                + " next strike), no " + side.name().toLowerCase(Locale.ROOT) + " parameters");
            }
        }
        if (legLengthMm.isEmpty()) {
            issues.add("leg length unknown (no PROCESSING:LLegLength/RLegLength in the file and none given): no dimensionless speed");
        }
        return new SpatiotemporalTable(file.sourceName(), averages(cycles), cycles, geometry.direction(), settings.footMarker(),
                legLengthMm, issues);
    }

    private static List<SpatiotemporalValue> perCycle(GaitCycle cycle, FootGeometry geometry, OptionalDouble legLengthMm,
            List<String> issues) {
        double s = cycle.startSeconds();
        double e = cycle.endSeconds();
        double fo = cycle.footOffSeconds();
        double ofo = cycle.oppositeFootOffSeconds().orElseThrow();
        double ofc = cycle.oppositeFootStrikeSeconds().orElseThrow();
        double stride = e - s;
        double doubleSupport = (ofo - s) + (fo - ofc);
        Map<SpatiotemporalParameter, Double> v = new EnumMap<>(SpatiotemporalParameter.class);
        v.put(CADENCE, 2 * 60.0 / stride);
        v.put(STRIDE_TIME, stride);
        v.put(STEP_TIME, e - ofc);
        v.put(STANCE_PCT, 100 * (fo - s) / stride);
        v.put(SWING_PCT, 100 * (e - fo) / stride);
        v.put(SINGLE_SUPPORT_PCT, 100 * (ofc - ofo) / stride);
        v.put(DOUBLE_SUPPORT_PCT, 100 * doubleSupport / stride);
        v.put(FOOT_OFF_PCT, 100 * (fo - s) / stride);
        v.put(OPPOSITE_FOOT_OFF_PCT, 100 * (ofo - s) / stride);
        v.put(OPPOSITE_FOOT_CONTACT_PCT, 100 * (ofc - s) / stride);
        v.put(STANCE_TIME, fo - s);
        v.put(SWING_TIME, e - fo);
        v.put(SINGLE_SUPPORT_TIME, ofc - ofo);
        v.put(DOUBLE_SUPPORT_TIME, doubleSupport);
        double oppositeStance = stride - (ofc - ofo);
        if (oppositeStance > 0) {
            v.put(LIMP_INDEX, (fo - s) / oppositeStance);
        }
        geometry.strideAndStep(cycle, ofc, issues).ifPresent(lengths -> {
            v.put(STRIDE_LENGTH, lengths.strideMm() / 1000);
            v.put(STEP_LENGTH, lengths.stepMm() / 1000);
            double speed = lengths.strideMm() / 1000 / stride;
            v.put(WALKING_SPEED, speed);
            legLengthMm.ifPresent(leg -> v.put(DIMENSIONLESS_SPEED, speed / Math.sqrt(GRAVITY_M_PER_S2 * leg / 1000)));
        });
        geometry.stepWidthMm(cycle, ofc, issues).ifPresent(width -> v.put(STEP_WIDTH, width / 1000));
        ParameterSide side = ParameterSide.of(cycle.side());
        List<SpatiotemporalValue> values = new ArrayList<>(v.size());
        v.forEach((parameter, value) -> values.add(SpatiotemporalValue.of(parameter, side, value)));
        return values;
    }

    private static List<SpatiotemporalValue> averages(List<CycleSpatiotemporal> cycles) {
        List<SpatiotemporalValue> averages = new ArrayList<>();
        for (SpatiotemporalParameter parameter : SpatiotemporalParameter.values()) {
            OptionalDouble left = mean(cycles, Side.LEFT, parameter);
            OptionalDouble right = mean(cycles, Side.RIGHT, parameter);
            left.ifPresent(value -> averages.add(SpatiotemporalValue.of(parameter, ParameterSide.LEFT, value)));
            right.ifPresent(value -> averages.add(SpatiotemporalValue.of(parameter, ParameterSide.RIGHT, value)));
            boolean bilateral = parameter == CADENCE || parameter == WALKING_SPEED || parameter == DIMENSIONLESS_SPEED;
            if (bilateral && left.isPresent() && right.isPresent()) {
                // Nexus: "the overall cadence is the average of the left and the right".
                averages.add(SpatiotemporalValue.of(parameter, ParameterSide.BOTH, (left.getAsDouble() + right.getAsDouble()) / 2));
            }
        }
        return averages;
    }

    private static OptionalDouble mean(List<CycleSpatiotemporal> cycles, Side side, SpatiotemporalParameter parameter) {
        return cycles.stream().filter(c -> c.cycle().side() == side).map(c -> c.value(parameter)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    /** Where the feet are at the events: the markers of both sides, the walking direction, and whether lengths make sense. */
    private record FootGeometry(Optional<ProgressionDirection> direction, boolean spatial, Map<Side, MarkerTrajectory> foot,
            Map<Side, MarkerTrajectory> heel, Positions positions) {

        static FootGeometry of(C3dFile file, SpatiotemporalSettings settings, List<String> issues) {
            Map<Side, MarkerTrajectory> foot = new EnumMap<>(Side.class);
            Map<Side, MarkerTrajectory> heel = new EnumMap<>(Side.class);
            Positions positions = new Positions(file.pointRateHz(), file.firstFrame());
            Map<String, MarkerTrajectory> markers;
            try {
                markers = C3dTrials.markers(file);
            } catch (C3dFormatException e) {
                issues.add(e.getMessage() + ": no stride length, step length, step width or walking speed");
                return new FootGeometry(Optional.empty(), false, foot, heel, positions);
            }
            for (Side side : Side.values()) {
                String footLabel = side.labelPrefix() + settings.footMarker();
                Optional<MarkerTrajectory> f = MarkerLookup.find(markers, footLabel);
                if (f.isEmpty()) {
                    issues.add("no " + footLabel + " marker: no " + side.name().toLowerCase(Locale.ROOT)
                            + " stride length, step length or walking speed");
                } else {
                    foot.put(side, f.get());
                }
                Optional<MarkerTrajectory> h = MarkerLookup.find(markers, side.labelPrefix() + settings.heelMarker());
                if (h.isEmpty()) {
                    h = MarkerLookup.find(markers, side.labelPrefix() + "ANK").or(() -> f);
                    h.ifPresent(
                            m -> issues.add("no " + side.labelPrefix() + settings.heelMarker() + " marker: step width from " + m.label()));
                }
                h.ifPresent(m -> heel.put(side, m));
            }
            Optional<Progression> progression = Progression.detect(markers,
                    List.of("L" + settings.footMarker(), "R" + settings.footMarker(),
                            "L" + settings.heelMarker(), "R" + settings.heelMarker()));
            boolean spatial = file.pointRateHz() > 0;
            if (progression.isEmpty()) {
                issues.add("no pelvis or foot markers with data: walking direction unknown, no spatial parameters");
                spatial = false;
            } else if (progression.get().travelMm() < settings.minPelvisTravelMm()) {
                issues.add(String.format(Locale.ROOT,
                        "%s travel only %.0f mm along %s (less than %.0f mm): treadmill or walking in place, no stride length, step length,"
                                + " step width or walking speed",
                        String.join("/", progression.get().fromMarkers()), progression.get().travelMm(),
                        progression.get().direction().label(),
                        settings.minPelvisTravelMm()));
                spatial = false;
            }
            return new FootGeometry(progression.map(Progression::direction), spatial, foot, heel, positions);
        }

        record Lengths(double strideMm, double stepMm) {
        }

        /** Where one marker of each foot was at the cycle's strikes, and this foot's direction of travel. */
        private record Strikes(double[] start, double[] end, double[] other, double dx, double dy, double lengthMm) {
        }

        /** This foot's marker at both its strikes and the other foot's at its strike; empty when any is unknown. */
        private Optional<Strikes> strikes(Map<Side, MarkerTrajectory> markers, GaitCycle cycle, double oppositeStrike,
                List<String> issues) {
            MarkerTrajectory ipsi = markers.get(cycle.side());
            MarkerTrajectory contra = markers.get(cycle.side().opposite());
            if (!spatial || ipsi == null || contra == null) {
                return Optional.empty();
            }
            double[] start = at(ipsi, cycle.startSeconds(), cycle, issues);
            double[] end = at(ipsi, cycle.endSeconds(), cycle, issues);
            double[] other = at(contra, oppositeStrike, cycle, issues);
            if (start == null || end == null || other == null) {
                return Optional.empty();
            }
            double dx = end[0] - start[0];
            double dy = end[1] - start[1];
            double length = Math.hypot(dx, dy);
            return length > 0 ? Optional.of(new Strikes(start, end, other, dx, dy, length)) : Optional.empty();
        }

        /** Stride: foot marker travel from strike to strike. Step: foot at its strike minus the other foot at its strike, along the stride. */
        Optional<Lengths> strideAndStep(GaitCycle cycle, double oppositeStrike, List<String> issues) {
            return strikes(foot, cycle, oppositeStrike, issues).map(s -> new Lengths(s.lengthMm(),
                    ((s.end()[0] - s.other()[0]) * s.dx() + (s.end()[1] - s.other()[1]) * s.dy()) / s.lengthMm()));
        }

        /**
         * Sideways distance of the other heel at its strike from the line of this heel's two strikes, positive when it
         * lies on its own side (right of the line for a left cycle), negative when the feet cross.
         */
        Optional<Double> stepWidthMm(GaitCycle cycle, double oppositeStrike, List<String> issues) {
            return strikes(heel, cycle, oppositeStrike, issues).map(s -> {
                // Right of the walking direction (z up) is (dy, -dx); the right foot lies there for a left cycle.
                double rightward = ((s.other()[0] - s.start()[0]) * s.dy() - (s.other()[1] - s.start()[1]) * s.dx()) / s.lengthMm();
                return cycle.side() == Side.LEFT ? rightward : -rightward;
            });
        }

        private double[] at(MarkerTrajectory marker, double timeSeconds, GaitCycle cycle, List<String> issues) {
            double[] position = positions.at(marker, timeSeconds);
            if (position == null) {
                String message = String.format(Locale.ROOT,
                        "%s has no data at %.3f s: spatial parameters of the %s cycle %.3f to %.3f s left out",
                        marker.label(), timeSeconds, cycle.side().name().toLowerCase(Locale.ROOT), cycle.startSeconds(),
                        cycle.endSeconds());
                if (!issues.contains(message)) {
                    issues.add(message);
                }
            }
            return position;
        }
    }
}
