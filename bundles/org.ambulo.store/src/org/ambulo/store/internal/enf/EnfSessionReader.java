package org.ambulo.store.internal.enf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.pipeline.session.Conditions;
import org.ambulo.pipeline.session.InterpretationDraft;
import org.ambulo.pipeline.session.LabProfile;
import org.ambulo.pipeline.session.Patient;
import org.ambulo.pipeline.session.Referral;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.SignatureState;
import org.ambulo.pipeline.session.TrialRole;

/**
 * Reads a Vicon Nexus/Eclipse session folder into a {@link Session}.
 * <p>
 * Layout (Eclipse database, as gaitutils' sessionutils.py and pyCGM2's Nexus/eclipse.py find it): the session folder
 * holds {@code <session>.Session.enf} and per trial {@code <trial>.Trial<NN>.enf} (or {@code <trial>.Trial.enf}) beside
 * {@code <trial>.c3d}; the patient node {@code <patient>.Patient.enf} is in the parent folder (or the one above).
 * Eclipse fields are set up per lab, so each value is looked for under the names labs use:
 * <ul>
 * <li>sessionId: session node NAME, else the file name before ".Session.enf";</li>
 * <li>sessionDate: SESSION_INFO:DATE, else the session node's CREATIONDATEANDTIME ("2019,3,1,10,11,12"), else the
 * earliest trial CREATIONDATEANDTIME; file times are never used (a copy changes them);</li>
 * <li>patient id: SUBJECT_INFO:ID/PATIENT_ID/PATIENTID/MRN/HOSPITAL_NUMBER, else the patient node NAME;</li>
 * <li>name: FIRST_NAME + LAST_NAME, else NAME/FULL_NAME/PATIENT_NAME, else the patient node NAME;</li>
 * <li>birth date: BIRTH_DATE/DATE_OF_BIRTH/DOB/BIRTHDATE (YYYY-MM-DD, YYYY,M,D, D.M.YYYY, D/M/YYYY or M/D/YYYY when the
 * day shows which is which; an ambiguous 03/04/2010 is refused);</li>
 * <li>sex: SEX/GENDER (M/male, F/female/W; missing: "any");</li>
 * <li>height, mass, leg lengths: SUBJECT_INFO HEIGHT, BODYMASS/MASS/WEIGHT, LLEGLENGTH/RLEGLENGTH (Nexus subject
 * parameter names) where present, else the trials' C3D PROCESSING:Height (mm), Bodymass (kg), LLegLength/RLegLength
 * (mm), the static trial first; a height is read as m (below 3), cm (30-250) or mm (above 250);</li>
 * <li>trials: TRIAL_INFO:TYPE/DESCRIPTION containing "static" -> static; TYPE "Dynamic" or a description/notes with
 * "walk"/"gait" -> walking, unless the description names another task (unipedal, standing, squat, jump, stairs, sit to stand,
 * range of motion, functional); anything else is left out, since a session knows only static, walking and video; trials whose DESCRIPTION/NOTES say exclude/excluded/not for report/junk/discard
 * are left out; a Trial enf without its C3D (never processed) is left out; more than one static trial is refused,
 * as SessionJson refuses it; the trial condition is DESCRIPTION and NOTES;</li>
 * <li>referral, lab, conditions, interpretation, signature: not in Eclipse; filled with {@value #NOT_RECORDED} (lab
 * software, force plates and marker set from the C3D and SESSION_INFO:MARKER_SET where present).</li>
 * </ul>
 */
public final class EnfSessionReader {

    /** Text of every session field Eclipse does not hold. */
    public static final String NOT_RECORDED = "not recorded in Vicon Eclipse";

    private static final String NODE = "Node Information";
    private static final String PATIENT = "SUBJECT_INFO";
    private static final String SESSION = "SESSION_INFO";
    private static final String TRIAL = "TRIAL_INFO";
    private static final Pattern TRIAL_ENF = Pattern.compile("(?i)(.+)\\.Trial(\\d*)\\.enf");
    private static final List<String> EXCLUDED = List.of("exclude", "not for report", "junk", "discard");
    /** Dynamic trials that are not walking (gaitutils' autoprocess skips "Unipedal right/left" and "Toe standing"). */
    private static final List<String> NOT_WALKING = List.of("unipedal", "standing", "squat", "jump", "stairs", "sit to stand",
            "range of motion", "functional");

    private EnfSessionReader() {
    }

    /** Empty when the folder holds no .enf file at all. */
    public static Optional<Session> read(Path folder) throws SessionException {
        List<Path> enfs = list(folder, p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".enf"));
        if (enfs.isEmpty()) {
            return Optional.empty();
        }
        List<Path> sessionEnfs = enfs.stream().filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".session.enf"))
                .toList();
        if (sessionEnfs.size() != 1) {
            throw new SessionException(folder, sessionEnfs.isEmpty()
                    ? "has .enf files but no <session>.Session.enf"
                    : "has " + sessionEnfs.size() + " .Session.enf files (" + names(sessionEnfs) + "); one session per folder");
        }
        EnfFile session = EnfFile.read(sessionEnfs.get(0));
        List<TrialNode> trials = trials(enfs);
        if (trials.isEmpty()) {
            throw new SessionException(session.file(), "no static or walking Trial .enf with its C3D beside it in " + folder);
        }
        EnfFile patient = EnfFile.read(patientEnf(folder, session));
        LocalDate date = sessionDate(session, trials);
        Patient p = patient(patient, date, trials);
        C3dFile first = trials.get(0).c3d();
        String sessionId = session.value(NODE, "NAME").orElse(session.stem());
        return Optional.of(new Session(session.file(), sessionId, date, date.atStartOfDay(ZoneOffset.UTC).toInstant(), false, p,
                new Referral(NOT_RECORDED, NOT_RECORDED, List.of(), NOT_RECORDED, NOT_RECORDED, NOT_RECORDED), lab(session, first),
                new Conditions(NOT_RECORDED, NOT_RECORDED, NOT_RECORDED),
                trials.stream().map(t -> new SessionTrial(t.c3dPath(), t.role(), t.condition())).toList(),
                new InterpretationDraft("", List.of(), "", ""), new SignatureState(NOT_RECORDED, "", Optional.empty())));
    }

    private record TrialNode(EnfFile enf, int number, Path c3dPath, C3dFile c3d, TrialRole role, String condition) {
    }

    private static List<TrialNode> trials(List<Path> enfs) throws SessionException {
        List<TrialNode> out = new ArrayList<>();
        for (Path path : enfs) {
            Matcher m = TRIAL_ENF.matcher(path.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            EnfFile enf = EnfFile.read(path);
            Path c3dPath = c3dBeside(path, m.group(1));
            if (c3dPath == null) {
                continue; // captured but never processed: nothing to analyse
            }
            String type = enf.value(TRIAL, "TYPE").orElse("");
            String description = enf.value(TRIAL, "DESCRIPTION").orElse("");
            String notes = enf.value(TRIAL, "NOTES").orElse("");
            String all = (type + " " + description + " " + notes).toLowerCase(Locale.ROOT);
            if (EXCLUDED.stream().anyMatch(all::contains)) {
                continue;
            }
            Optional<TrialRole> role = role(type, description, notes);
            if (role.isEmpty()) {
                continue;
            }
            C3dFile c3d;
            try {
                c3d = C3dReader.read(c3dPath);
            } catch (IOException e) {
                throw new SessionException(c3dPath, "trial of " + path.getFileName() + " cannot be read: " + e.getMessage(), e);
            }
            String condition = Stream.of(description, notes).filter(s -> !s.isBlank()).reduce((a, b) -> a + "; " + b).orElse("");
            out.add(new TrialNode(enf, m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)), c3dPath, c3d, role.get(), condition));
        }
        out.sort(Comparator.comparingInt(TrialNode::number).thenComparing(t -> t.c3dPath().getFileName().toString()));
        List<TrialNode> statics = out.stream().filter(t -> t.role() == TrialRole.STATIC).toList();
        if (statics.size() > 1) {
            throw new SessionException(statics.get(1).enf().file(), "more than one static trial (" + statics.stream()
                    .map(t -> t.enf().file().getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse("")
                    + "); mark the unused ones excluded in their DESCRIPTION");
        }
        // the static trial first: its PROCESSING group holds the subject measurements
        out.sort(Comparator.comparingInt((TrialNode t) -> t.role() == TrialRole.STATIC ? 0 : 1).thenComparingInt(TrialNode::number));
        return out;
    }

    static Optional<TrialRole> role(String type, String description, String notes) {
        String t = type.toLowerCase(Locale.ROOT);
        String d = (description + " " + notes).toLowerCase(Locale.ROOT);
        if (t.contains("static") || d.contains("static")) {
            return Optional.of(TrialRole.STATIC);
        }
        if (NOT_WALKING.stream().anyMatch(d::contains)) {
            return Optional.empty();
        }
        if (t.contains("dynamic") || t.contains("walk") || d.contains("walk") || d.contains("gait")) {
            return Optional.of(TrialRole.WALKING);
        }
        return Optional.empty();
    }

    private static Path c3dBeside(Path enf, String trialName) {
        for (String ext : List.of(".c3d", ".C3D", ".C3d")) {
            Path c3d = enf.resolveSibling(trialName + ext);
            if (Files.isRegularFile(c3d)) {
                return c3d;
            }
        }
        return null;
    }

    private static Path patientEnf(Path folder, EnfFile session) throws SessionException {
        String parentName = session.value(NODE, "PARENT").orElse("");
        Path dir = folder.toAbsolutePath().getParent();
        for (int level = 0; level < 2 && dir != null; level++, dir = dir.getParent()) {
            List<Path> found = list(dir, p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".patient.enf"));
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                // several patients in one folder: the session node names its parent
                List<Path> named = found.stream().filter(p -> p.getFileName().toString()
                        .equalsIgnoreCase(parentName + ".Patient.enf")).toList();
                if (named.size() == 1) {
                    return named.get(0);
                }
                throw new SessionException(session.file(), "Node Information:PARENT '" + parentName + "' matches none of the "
                        + found.size() + " .Patient.enf files in " + dir);
            }
        }
        throw new SessionException(session.file(), "no <patient>.Patient.enf in the parent folder or the one above it");
    }

    private static LocalDate sessionDate(EnfFile session, List<TrialNode> trials) throws SessionException {
        Optional<String> date = session.value(SESSION, "DATE", "SESSION_DATE");
        if (date.isPresent()) {
            return EnfValues.date(date.get(), session.file(), EnfFile.field(SESSION, "DATE"));
        }
        Optional<String> created = session.value(NODE, "CREATIONDATEANDTIME");
        if (created.isPresent()) {
            return EnfValues.creationDate(created.get(), session.file());
        }
        LocalDate earliest = null;
        for (TrialNode t : trials) {
            Optional<String> c = t.enf().value(NODE, "CREATIONDATEANDTIME");
            if (c.isPresent()) {
                LocalDate d = EnfValues.creationDate(c.get(), t.enf().file());
                earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
            }
        }
        if (earliest == null) {
            throw new SessionException(session.file(), "no session date: SESSION_INFO:DATE and Node Information:CREATIONDATEANDTIME are "
                    + "missing here and in every Trial .enf");
        }
        return earliest;
    }

    private static Patient patient(EnfFile enf, LocalDate sessionDate, List<TrialNode> trials) throws SessionException {
        String nodeName = enf.value(NODE, "NAME").orElse(enf.stem());
        String id = enf.value(PATIENT, "ID", "PATIENT_ID", "PATIENTID", "MRN", "HOSPITAL_NUMBER").orElse(nodeName);
        Optional<String> first = enf.value(PATIENT, "FIRST_NAME", "FIRSTNAME");
        Optional<String> last = enf.value(PATIENT, "LAST_NAME", "LASTNAME", "SURNAME");
        String name = first.isPresent() || last.isPresent()
                ? (first.orElse("") + " " + last.orElse("")).strip()
                : enf.value(PATIENT, "NAME", "FULL_NAME", "PATIENT_NAME").orElse(nodeName);
        String[] dobKeys = {"BIRTH_DATE", "DATE_OF_BIRTH", "DOB", "BIRTHDATE"};
        String dobText = enf.value(PATIENT, dobKeys)
                .orElseThrow(() -> new SessionException(enf.file(), EnfFile.field(PATIENT, dobKeys) + " is missing (the birth date)"));
        LocalDate birth = EnfValues.date(dobText, enf.file(), EnfFile.field(PATIENT, "BIRTH_DATE"));
        if (birth.isAfter(sessionDate)) {
            throw new SessionException(enf.file(), "birth date " + birth + " is after the session date " + sessionDate);
        }
        String sex = EnfValues.sex(enf.value(PATIENT, "SEX", "GENDER"), enf.file());
        String height = measurement(enf, trials, new String[]{"HEIGHT"}, "Height").orElseThrow(
                () -> new SessionException(enf.file(), "SUBJECT_INFO:HEIGHT is missing and no trial C3D holds PROCESSING:Height"));
        String mass = measurement(enf, trials, new String[]{"BODYMASS", "MASS", "WEIGHT"}, "Bodymass").orElseThrow(
                () -> new SessionException(enf.file(), "SUBJECT_INFO:BODYMASS is missing and no trial C3D holds PROCESSING:Bodymass"));
        double heightCm = EnfValues.heightCm(height, enf.file());
        double massKg = EnfValues.number(mass, enf.file(), "SUBJECT_INFO:BODYMASS (or PROCESSING:Bodymass) in kg", 2, 400);
        OptionalDouble left = legLength(enf, trials, "LLEGLENGTH", "LLegLength");
        OptionalDouble right = legLength(enf, trials, "RLEGLENGTH", "RLegLength");
        return new Patient(id, name, birth, sex, heightCm, massKg, left, right);
    }

    /** Value text from the patient node, else a positive PROCESSING number of the trials (static first). */
    private static Optional<String> measurement(EnfFile enf, List<TrialNode> trials, String[] enfKeys, String processing) {
        Optional<String> fromEnf = enf.value(PATIENT, enfKeys);
        if (fromEnf.isPresent()) {
            return fromEnf;
        }
        for (TrialNode t : trials) {
            OptionalDouble v = t.c3d().parameters().parameter("PROCESSING", processing).flatMap(p -> {
                OptionalDouble n = p.firstNumber();
                return n.isPresent() && n.getAsDouble() > 0 ? Optional.of(n) : Optional.empty();
            }).orElse(OptionalDouble.empty());
            if (v.isPresent()) {
                return Optional.of(Double.toString(v.getAsDouble()));
            }
        }
        return Optional.empty();
    }

    private static OptionalDouble legLength(EnfFile enf, List<TrialNode> trials, String enfKey, String processing)
            throws SessionException {
        Optional<String> text = measurement(enf, trials,
                new String[]{enfKey, enfKey.charAt(0) == 'L' ? "LEFT_LEG_LENGTH" : "RIGHT_LEG_LENGTH"}, processing);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(EnfValues.number(text.get(), enf.file(), "SUBJECT_INFO:" + enfKey + " (or PROCESSING:" + processing
                + ") in mm", 200, 1500));
    }

    private static LabProfile lab(EnfFile session, C3dFile c3d) {
        List<ForcePlatform> plates = c3d.forcePlatforms();
        String forcePlates = plates.isEmpty()
                ? NOT_RECORDED
                : plates.size() + " force plates (C3D type " + plates.stream().map(p -> Integer.toString(p.type())).distinct()
                        .reduce((a, b) -> a + ", " + b).orElse("") + "), " + Math.round(c3d.analogRateHz()) + " Hz (from the C3D)";
        String cameras = NOT_RECORDED + " (markers at " + Math.round(c3d.pointRateHz()) + " Hz in the C3D)";
        String markerSet = session.value(SESSION, "MARKER_SET", "MARKERSET")
                .or(() -> c3d.parameters().strings("SUBJECTS", "MARKER_SETS").stream().filter(s -> !s.isBlank()).findFirst())
                .orElse(NOT_RECORDED);
        return new LabProfile(NOT_RECORDED, NOT_RECORDED, cameras, forcePlates, NOT_RECORDED, NOT_RECORDED, c3d.vendor(), markerSet,
                List.of());
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) throws SessionException {
        if (!Files.isDirectory(dir)) {
            throw new SessionException(dir, "is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new SessionException(dir, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static String names(List<Path> paths) {
        return String.join(", ", paths.stream().map(p -> p.getFileName().toString()).toList());
    }
}
