package org.ambulo.c3d;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.LengthUnit;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/** Bridges a C3D file to the domain model: marker trajectories in millimetres and gait events with explicit sides. */
public final class C3dTrials {

    private C3dTrials() {
    }

    /**
     * The markers (model outputs excluded) by label, in file order, converted to millimetres from the declared
     * {@code POINT:UNITS}; invalid samples are NaN. A duplicated label keeps its first occurrence.
     *
     * @throws C3dFormatException
     *             when the marker unit is not a length unit Ambulo knows, naming the file and the unit
     */
    public static Map<String, MarkerTrajectory> markers(C3dFile file) throws C3dFormatException {
        Map<String, MarkerTrajectory> markers = new LinkedHashMap<>();
        List<C3dPoint> points = file.points();
        for (int p = 0; p < points.size(); p++) {
            C3dPoint point = points.get(p);
            if (point.type() != PointType.MARKER || markers.containsKey(point.label())) {
                continue;
            }
            double scale = millimetresPerUnit(file, point);
            int frames = file.frameCount();
            double[] x = new double[frames];
            double[] y = new double[frames];
            double[] z = new double[frames];
            PointData data = file.pointData();
            for (int f = 0; f < frames; f++) {
                if (data.isValid(f, p)) {
                    x[f] = data.x(f, p) * scale;
                    y[f] = data.y(f, p) * scale;
                    z[f] = data.z(f, p) * scale;
                } else {
                    x[f] = Double.NaN;
                    y[f] = Double.NaN;
                    z[f] = Double.NaN;
                }
            }
            markers.put(point.label(), new MarkerTrajectory(point.label(), x, y, z));
        }
        return Collections.unmodifiableMap(markers);
    }

    private static double millimetresPerUnit(C3dFile file, C3dPoint point) throws C3dFormatException {
        String units = point.units().isBlank() ? "mm" : point.units();
        Optional<LengthUnit> unit = LengthUnit.fromSymbol(units);
        if (unit.isEmpty()) {
            throw new C3dFormatException(file.sourceName(), -1,
                    "marker " + point.label() + " has unit '" + units + "', which is not a length unit (mm, cm, m)");
        }
        return unit.get().toMillimetres(1.0);
    }

    /**
     * The foot strikes and foot offs stored in the file, sorted by time. The side comes from the event context
     * ({@code Left}/{@code Right}) or, where a vendor leaves the context empty, from the label prefix ({@code LHS});
     * events that are neither (e.g. {@code General} context) are skipped.
     */
    public static List<GaitEvent> gaitEvents(C3dFile file) {
        List<GaitEvent> events = new ArrayList<>();
        for (C3dEvent event : file.events()) {
            Optional<GaitEventType> type = GaitEventType.fromLabel(event.label());
            Optional<Side> side = Side.fromName(event.context());
            if (side.isEmpty() && event.label().trim().length() == 3) {
                side = Side.fromName(event.label().trim().substring(0, 1));
            }
            if (type.isPresent() && side.isPresent()) {
                events.add(new GaitEvent(side.get(), type.get(), event.timeSeconds(), GaitEvent.STORED));
            }
        }
        Collections.sort(events);
        return List.copyOf(events);
    }

    /**
     * A copy of {@code file} whose events are exactly {@code events}, in the Vicon convention: contexts
     * {@code Left}/{@code Right}, labels {@code Foot Strike}/{@code Foot Off}. The header event table is rebuilt by
     * the writer from these.
     */
    public static C3dFile withGaitEvents(C3dFile file, List<GaitEvent> events) {
        List<C3dEvent> stored = new ArrayList<>(events.size());
        for (GaitEvent event : events.stream().sorted().toList()) {
            String context = event.side() == Side.LEFT ? "Left" : "Right";
            stored.add(new C3dEvent(context, event.type().viconLabel(), describe(event), "", event.timeSeconds(), iconOf(event.type()), 0));
        }
        return file.withEvents(stored, List.of());
    }

    private static String describe(GaitEvent event) {
        String what = event.type() == GaitEventType.FOOT_STRIKE
                ? "The instant the heel strikes the ground"
                : "The instant the toe leaves the ground";
        return GaitEvent.STORED.equals(event.source()) ? what : what + " (detected by " + event.source() + ")";
    }

    private static int iconOf(GaitEventType type) {
        // Nexus icon ids: 1 foot strike, 2 foot off.
        return type == GaitEventType.FOOT_STRIKE ? 1 : 2;
    }

}
