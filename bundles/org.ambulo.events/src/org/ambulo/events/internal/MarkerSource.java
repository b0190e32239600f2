package org.ambulo.events.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.PointData;
import org.ambulo.c3d.PointType;
import org.ambulo.model.LengthUnit;
import org.ambulo.model.MarkerTrajectory;

/**
 * The markers of a file, converted to millimetres only when asked for: event detection needs six of the hundred-odd
 * points of a processed trial, and converting all of them (as {@code C3dTrials.markers}) would dominate its run time.
 */
final class MarkerSource {

    private final C3dFile file;
    private final Map<String, Integer> indexByLabel = new LinkedHashMap<>();

    MarkerSource(C3dFile file) {
        this.file = file;
        List<C3dPoint> points = file.points();
        for (int p = 0; p < points.size(); p++) {
            if (points.get(p).type() == PointType.MARKER) {
                indexByLabel.putIfAbsent(points.get(p).label(), p); // a duplicated label keeps its first occurrence
            }
        }
    }

    /**
     * The marker labelled {@code name}, or with a subject prefix ({@code A22:LHEE}), ignoring case; empty if absent.
     *
     * @throws C3dFormatException
     *             when its unit is not a length, naming file, marker and unit
     */
    Optional<MarkerTrajectory> find(String name) throws C3dFormatException {
        Integer index = indexByLabel.get(name);
        if (index == null) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (Map.Entry<String, Integer> e : indexByLabel.entrySet()) {
                String label = e.getKey().toUpperCase(Locale.ROOT);
                if (label.equals(upper) || label.endsWith(":" + upper)) {
                    index = e.getValue();
                    break;
                }
            }
        }
        return index == null ? Optional.empty() : Optional.of(load(index));
    }

    private MarkerTrajectory load(int p) throws C3dFormatException {
        C3dPoint point = file.points().get(p);
        String units = point.units().isBlank() ? "mm" : point.units();
        Optional<LengthUnit> unit = LengthUnit.fromSymbol(units);
        if (unit.isEmpty()) {
            throw new C3dFormatException(file.sourceName(), -1,
                    "marker " + point.label() + " has unit '" + units + "', which is not a length unit (mm, cm, m)");
        }
        double scale = unit.get().toMillimetres(1.0);
        int frames = file.frameCount();
        PointData data = file.pointData();
        double[] x = new double[frames];
        double[] y = new double[frames];
        double[] z = new double[frames];
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
        return new MarkerTrajectory(point.label(), x, y, z);
    }
}
