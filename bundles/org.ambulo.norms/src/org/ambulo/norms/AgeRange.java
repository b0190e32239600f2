package org.ambulo.norms;

/**
 * Ages a norm population covers, in decimal years, from {@code minYears} inclusive to {@code maxYears} exclusive: a
 * table's age band "5" (five-year-olds) is 5 to 6, "children aged 4 to 17" is 4 to 18.
 */
public record AgeRange(double minYears, double maxYears) {

    public AgeRange {
        if (!(minYears >= 0) || !(maxYears > minYears)) {
            throw new IllegalArgumentException("age range must satisfy 0 <= min < max, got " + minYears + " to " + maxYears + " years");
        }
    }

    public boolean contains(double ageYears) {
        return ageYears >= minYears && ageYears < maxYears;
    }

    /** Years from the range to the age, 0 inside. */
    public double distanceYears(double ageYears) {
        return ageYears < minYears ? minYears - ageYears : Math.max(0, ageYears - maxYears);
    }

    @Override
    public String toString() {
        return format(minYears) + " to <" + format(maxYears) + " y";
    }

    private static String format(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }
}
