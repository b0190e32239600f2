package org.ambulo.store.internal.enf;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ambulo.pipeline.session.SessionException;

/** Typed values of Eclipse fields; each problem names the file and the field. */
final class EnfValues {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    /** Eclipse's own date form: "2019,3,1" or "2019,03,01,10,11,12" (year, month, day, hour, minute, second). */
    private static final Pattern ECLIPSE = Pattern.compile("(\\d{4}),\\s*(\\d{1,2}),\\s*(\\d{1,2})(?:,.*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private EnfValues() {
    }

    /**
     * A calendar date: YYYY-MM-DD, YYYY,M,D, D.M.YYYY, or D/M/YYYY vs M/D/YYYY when one of the first two numbers is
     * above 12; an ambiguous slashed date is refused rather than guessed.
     */
    static LocalDate date(String text, Path file, String field) throws SessionException {
        String t = text.strip();
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches() || (m = ECLIPSE.matcher(t)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = DOTTED.matcher(t)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = SLASHED.matcher(t)).matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (a > 12 && b <= 12) {
                    return LocalDate.of(year, b, a);
                }
                if (b > 12 && a <= 12) {
                    return LocalDate.of(year, a, b);
                }
                if (a == b) {
                    return LocalDate.of(year, a, b);
                }
                throw new SessionException(file, field + " '" + t + "' is ambiguous (day/month or month/day?); write YYYY-MM-DD");
            }
        } catch (DateTimeException e) {
            throw new SessionException(file, field + " '" + t + "' is not a valid date: " + e.getMessage(), e);
        }
        throw new SessionException(file, field + " '" + t + "' is not a date (YYYY-MM-DD, YYYY,M,D, D.M.YYYY or D/M/YYYY)");
    }

    static LocalDate creationDate(String text, Path file) throws SessionException {
        return date(text, file, "Node Information:CREATIONDATEANDTIME");
    }

    /** "female", "male" or, when the field is missing, "any" (the norm vocabulary). */
    static String sex(Optional<String> text, Path file) throws SessionException {
        if (text.isEmpty()) {
            return "any";
        }
        String t = text.get().strip().toLowerCase(Locale.ROOT);
        if (t.equals("m") || t.equals("male") || t.equals("man") || t.equals("boy")) {
            return "male";
        }
        if (t.equals("f") || t.equals("w") || t.equals("female") || t.equals("woman") || t.equals("girl")) {
            return "female";
        }
        throw new SessionException(file, "SUBJECT_INFO:SEX '" + text.get() + "' is neither male (M) nor female (F)");
    }

    /** Height in cm from m (below 3), cm (30 to 250) or mm (above 250, Nexus' unit), checked 30 to 250 cm. */
    static double heightCm(String text, Path file) throws SessionException {
        double v = number(text, file, "SUBJECT_INFO:HEIGHT (or PROCESSING:Height)", 0.3, 2500);
        double cm = v < 3 ? v * 100 : v <= 250 ? v : v / 10;
        if (cm < 30 || cm > 250) {
            throw new SessionException(file, "height " + text + " is implausible in m, cm and mm");
        }
        return cm;
    }

    /** A number in [min, max]; decimal comma accepted (European Eclipse installations). */
    static double number(String text, Path file, String field, double min, double max) throws SessionException {
        double v;
        try {
            v = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SessionException(file, field + " '" + text + "' is not a number", e);
        }
        if (!(v >= min && v <= max)) {
            throw new SessionException(file, field + " " + text + " is implausible (expected " + min + " to " + max + "; wrong unit?)");
        }
        return v;
    }
}
