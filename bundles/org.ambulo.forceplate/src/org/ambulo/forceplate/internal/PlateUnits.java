package org.ambulo.forceplate.internal;

import java.util.Locale;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.model.LengthUnit;

/** Unit conversions for plate parameters and channels: everything becomes N, mm and N·mm. */
final class PlateUnits {

    private PlateUnits() {
    }

    /**
     * Millimetres per POINT:UNITS unit. Files without POINT:UNITS (Kistler BioWare, BTS) are taken as mm, the unit of
     * every such file in the shared data (their corners are hundreds of units apart).
     */
    static double lengthScaleMm(C3dFile file) {
        String units = file.parameters().string("POINT", "UNITS").orElse("").trim();
        if (units.isEmpty()) {
            return 1.0;
        }
        // Some writers truncate (e.g. "mete" for metre).
        String u = units.toLowerCase(Locale.ROOT);
        if (u.startsWith("met")) {
            return 1000.0;
        }
        if (u.startsWith("cent")) {
            return 10.0;
        }
        if (u.startsWith("mil")) {
            return 1.0;
        }
        return LengthUnit.fromSymbol(units).map(l -> l.toMillimetres(1.0)).orElse(1.0);
    }

    /**
     * N·mm per unit of a moment channel. Moments are taken in N × POINT:UNITS, the unit that makes COP = M / F come out
     * in point units, unless the channel is explicitly labelled N·mm: old Vicon files label N·mm data "Nm"
     * (c3d.org sample03, sample07, sample23: 700 N under the foot with "moments" of 1e5 would put the COP 100 m away).
     */
    static double momentScaleNmm(String channelUnits, double lengthScaleMm) {
        String u = channelUnits.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("·", "").replace(".", "").replace("*", "");
        return u.equals("nmm") ? 1.0 : lengthScaleMm;
    }

    /** mm per unit of a type-1 COP channel, when its ANALOG:UNITS name one. */
    static Optional<Double> lengthScaleMm(String channelUnits) {
        String u = channelUnits.trim();
        if (u.isEmpty()) {
            return Optional.empty();
        }
        return LengthUnit.fromSymbol(u).map(l -> l.toMillimetres(1.0));
    }
}
