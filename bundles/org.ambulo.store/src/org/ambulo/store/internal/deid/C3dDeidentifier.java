package org.ambulo.store.internal.deid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dEvent;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dWriter;
import org.ambulo.c3d.HeaderEvent;
import org.ambulo.c3d.ParameterType;

/**
 * A C3D with everything that identifies the subject replaced, for research export.
 * <p>
 * Where the shared real files keep identifiers (found by reading every parameter of every file under
 * {@code shared/data}):
 * <ul>
 * <li>SUBJECTS:NAMES (all Vicon files, e.g. "Scott Drummond" in c3d.org sample 32) -> the pseudonym (with "_1", "_2"
 * when a file has several subjects, e.g. ezc3d Vicon.c3d "boite" and "Daphnee");</li>
 * <li>SUBJECTS:LABEL_PREFIXES and the prefix of POINT:LABELS and of the model output lists ANGLES/FORCES/MOMENTS/POWERS
 * ("A22:LHipAngles" in sample 03 gait-pig, "Matt:C7" in sample 04, "IS070607:LASI" in sample 25) -> stripped,
 * USES_PREFIXES 0;</li>
 * <li>EVENT:SUBJECTS (most Nexus/Cortex files; OpenMA FunctionalWalk.c3d holds a real name there while SUBJECTS:NAMES is
 * empty) and ANALYSIS:SUBJECTS -> the alias;</li>
 * <li>a group named after the subject ("21989" in sample 11, holding the subject measurements) -> renamed to the
 * alias (as a C3D name), measurements kept; parameter names are C3D vocabulary and never renamed;</li>
 * <li>SUBJECT group of Motion Analysis/BTS/older files (sample 01/02/08/28/30, OpenMA 561xxa01_anonym): NAME -> alias;
 * DATE_OF_BIRTH, DOB (numeric day, month, year in sample 02), DATE, DATE_OF_RECORD, ADDRESS, INTERNAL_DOC,
 * REFERENCE_DOC, PROJECT -> removed; AGE kept (capped at 90, HIPAA); WEIGHT, HEIGHT, GENDER/SEX, PATHOLOGY kept;</li>
 * <li>PROCESSING group of Qualisys (OpenMA "Gait 1.c3d"): FIRST NAME, LAST NAME, PATIENT ID -> alias; DATE OF BIRTH,
 * CREATION DATE/TIME, NOTE, COMMENTS, SESSION ID -> removed; Nexus subject measurements (Bodymass, Height, leg
 * lengths, widths) are numbers and are kept: research needs them and they identify nobody;</li>
 * <li>EXPERIMENT group of BKIN (sample 22): SUBJECT -> alias; OPERATOR, LOCATION, NOTES, STUDY, SET_UID -> removed;</li>
 * <li>TRIAL:DATE and TRIAL:TIME (text in BKIN sample 22, numbers in ezc3d BTS.c3d and OpenMA 1123x01EMG.c3d),
 * MANUFACTURER:ORIGINAL_FILENAME (Xsens, sample 34), MANUFACTURER:SERIAL_NUMBER -> removed.</li>
 * </ul>
 * Free text (POINT/ANALOG descriptions, event labels and descriptions, group and parameter descriptions) is kept:
 * in the shared files it only names markers, channels and events; any subject name in it (or in any other text,
 * group or parameter name) is replaced by the alias anyway, and dates written with separators (6/14/35, 2007-06-27)
 * become "[date]". MANUFACTURER, SUBJECTS:MARKER_SETS, force plates, rates and every number are kept.
 * <p>
 * Samples, analog data, event times and force plate parameters are written unchanged (an Intel float file keeps its
 * sample words bit for bit; integer and DEC files are written as Intel float, like every {@link C3dWriter} output).
 * Names shorter than {@value SubjectNames#MIN_SUBSTRING_LENGTH} characters are replaced as whole words only.
 */
public final class C3dDeidentifier {

    private C3dDeidentifier() {
    }

    /**
     * @param pseudonym
     *            replaces the subject name; letters, digits, '-', '_' and blanks, 1 to 64 characters, and it must not
     *            contain a name of the file
     * @return the de-identified file image
     * @throws IllegalArgumentException
     *             for an unusable pseudonym
     */
    public static byte[] deidentify(Path c3dFile, String pseudonym) throws C3dFormatException, IOException {
        Objects.requireNonNull(c3dFile, "c3dFile");
        checkPseudonym(pseudonym);
        C3dFile in = C3dReader.read(c3dFile);
        SubjectNames names = SubjectNames.of(in.parameters(), pseudonym);
        for (String name : names.names()) {
            if (pseudonym.toLowerCase(Locale.ROOT).contains(name)) {
                throw new IllegalArgumentException("pseudonym '" + pseudonym + "' contains a subject name of " + c3dFile.getFileName());
            }
        }
        LabelPrefixes prefixes = LabelPrefixes.of(in.parameters(), names, in.points().stream().map(C3dPoint::label).toList());
        ParameterScrubber scrubber = new ParameterScrubber(names, prefixes);
        C3dParameters parameters = scrubber.scrub(in.parameters());
        // the records are changed by the same functions as the parameters they come from, so that the writer finds
        // them consistent and keeps the stored parameters (event times bit for bit) instead of regenerating them
        List<C3dPoint> points = in.points().stream()
                .map(p -> new C3dPoint(scrubber.label(p.label()), scrubber.text(p.description()), scrubber.text(p.units()), p.type()))
                .toList();
        List<AnalogChannel> analogs = in.analogs().stream().map(a -> new AnalogChannel(scrubber.text(a.label()),
                scrubber.text(a.description()), scrubber.text(a.units()), a.scale(), a.offset())).toList();
        List<C3dEvent> events = in.events().stream().map(e -> new C3dEvent(scrubber.text(e.context()), scrubber.text(e.label()),
                scrubber.text(e.description()), names.aliasOf(e.subject()), e.timeSeconds(), e.iconId(), e.genericFlag())).toList();
        List<HeaderEvent> headerEvents = in.headerEvents().stream()
                .map(h -> new HeaderEvent(names.replaceNames(h.label()), h.timeSeconds(), h.displayFlag())).toList();
        C3dFile out = new C3dFile(pseudonym + ".c3d", in.header(), in.processor(), in.storage(), in.firstFrame(), in.frameCount(),
                in.pointRateHz(), in.analogRateHz(), in.analogSamplesPerFrame(), points, in.pointData(), analogs, in.analogData(),
                in.analogGenScale(), events, headerEvents, in.maxInterpolationGap(), parameters, in.quirks());
        byte[] bytes = C3dWriter.toBytes(out);
        verify(bytes, names, c3dFile);
        return bytes;
    }

    private static void checkPseudonym(String pseudonym) {
        Objects.requireNonNull(pseudonym, "pseudonym");
        if (!pseudonym.matches("[A-Za-z0-9_ -]{1,64}") || pseudonym.isBlank()) {
            throw new IllegalArgumentException(
                    "pseudonym '" + pseudonym + "' must be 1 to 64 letters, digits, '-', '_' or blanks (it is written into the C3D)");
        }
    }

    /**
     * Reads the result back: a name left in a text, description or group name is a bug here, never a file to hand out.
     * Parameter names are C3D vocabulary (a subject called "Subject" matches EVENT:SUBJECTS) and not checked.
     */
    private static void verify(byte[] bytes, SubjectNames names, Path source) throws C3dFormatException {
        C3dFile written = C3dReader.read(bytes, "de-identified " + source.getFileName());
        for (C3dGroup g : written.parameters().groups()) {
            if (names.isName(g.name())) {
                throw new IllegalStateException("de-identification of " + source.getFileName() + " left the group named " + g.name());
            }
            check(names, g.description(), g.name(), source);
            for (C3dParameter p : g.parameters()) {
                check(names, p.description(), g.name() + ":" + p.name(), source);
                if (p.type() == ParameterType.CHAR) {
                    for (String s : p.strings()) {
                        check(names, s, g.name() + ":" + p.name(), source);
                    }
                }
            }
        }
    }

    private static void check(SubjectNames names, String text, String where, Path source) {
        if (names.containsName(text)) {
            throw new IllegalStateException("de-identification of " + source.getFileName() + " left a subject name in " + where);
        }
    }
}
