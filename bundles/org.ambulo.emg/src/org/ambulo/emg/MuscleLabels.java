package org.ambulo.emg;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ambulo.model.Side;

/**
 * Reads muscle and side from analog labels as labs write them: "L_RF", "RTA", "R.Rectus Femoris",
 * "EMG1 RECTUS FEMORIS LEFT", "Right Tibialis Anterior", French "Droit Antérieur G" or "Rectus Femoris Gauche".
 * <p>
 * The label is split into lower-case words without accents. Full names (English, Latin, French) and the usual
 * abbreviations are looked up, longest first; a side comes from a side word (left/L/gauche/G, right/R/droit(e)/D) or a
 * one-letter prefix glued to an abbreviation ("RTA", "LREC"). Abbreviations that labs use for different muscles
 * ("VAS": which vastus? "BIC": biceps brachii or femoris? "GLU", "QUAD", "CALF") are not read: the channel is reported
 * unmapped and the lab adds it to its channel map. Two conventions are read as documented here, and the basis of every
 * reading says so: "PE"/"PER"/"peroneus" = peroneus longus (the head gait labs record), "GL" = gastrocnemius lateralis
 * (the OpenMA/BTS montage RF, ST, TA, GL, PE), "TIB" = tibialis anterior, "JUM" = gastrocnemius (French jumeaux).
 */
public final class MuscleLabels {

    /** Word sequences (space separated) and single-word abbreviations, each naming one muscle. */
    private static final Map<String, Muscle> NAMES = new LinkedHashMap<>();
    /** Single words usable with a glued one-letter side prefix ("RTA"). */
    private static final Set<String> ABBREVIATIONS = new LinkedHashSet<>();
    /** Words that name a muscle group too loosely to pick one muscle. */
    private static final Map<String, String> AMBIGUOUS = Map.of("vas", "which vastus?", "vasti", "which vastus?", "biceps",
            "biceps femoris or brachii?", "bic", "biceps femoris or brachii?", "glu", "which gluteus?", "glut", "which gluteus?", "quad",
            "which head of the quadriceps?", "quads", "which head of the quadriceps?", "calf", "gastrocnemius or soleus?", "gm",
            "gluteus medius or gastrocnemius medialis?");

    static {
        names(Muscle.RECTUS_FEMORIS, "rectus femoris", "rect fem", "rectus fem", "droit anterieur", "droit femoral", "recfem");
        abbreviations(Muscle.RECTUS_FEMORIS, "rf", "rec");
        names(Muscle.VASTUS_LATERALIS, "vastus lateralis", "vastus lat", "vaste lateral", "vaste externe", "vaslat");
        abbreviations(Muscle.VASTUS_LATERALIS, "vl", "vlo");
        names(Muscle.VASTUS_MEDIALIS, "vastus medialis", "vastus med", "vaste medial", "vaste interne", "vasmed");
        abbreviations(Muscle.VASTUS_MEDIALIS, "vm", "vmo");
        names(Muscle.SEMITENDINOSUS, "semitendinosus", "semi tendinosus", "semitendineux", "semi tendineux", "semite");
        abbreviations(Muscle.SEMITENDINOSUS, "st");
        names(Muscle.SEMIMEMBRANOSUS, "semimembranosus", "semi membranosus", "semimembraneux", "semi membraneux", "semime");
        abbreviations(Muscle.SEMIMEMBRANOSUS, "sm");
        names(Muscle.MEDIAL_HAMSTRINGS, "medial hamstrings", "medial hamstring", "med ham", "medham");
        abbreviations(Muscle.MEDIAL_HAMSTRINGS, "mh");
        names(Muscle.HAMSTRINGS, "hamstrings", "hamstring", "ischio jambiers", "ischiojambiers", "ischio");
        abbreviations(Muscle.HAMSTRINGS, "ham", "isc");
        names(Muscle.BICEPS_FEMORIS, "biceps femoris", "biceps femoral", "biceps crural", "bicfem", "lateral hamstrings",
                "lateral hamstring");
        abbreviations(Muscle.BICEPS_FEMORIS, "bf");
        names(Muscle.TIBIALIS_ANTERIOR, "tibialis anterior", "tibialis anterieur", "tibial anterieur", "jambier anterieur", "tib ant",
                "tibant");
        abbreviations(Muscle.TIBIALIS_ANTERIOR, "ta", "tib");
        names(Muscle.TIBIALIS_POSTERIOR, "tibialis posterior", "tibial posterieur", "jambier posterieur", "tib post", "tibpos");
        abbreviations(Muscle.TIBIALIS_POSTERIOR, "tp");
        names(Muscle.GASTROCNEMIUS_MEDIALIS, "gastrocnemius medialis", "gastrocnemius medial", "medial gastrocnemius",
                "gastrocnemien medial",
                "gastroc med", "jumeau interne", "gasmed");
        names(Muscle.GASTROCNEMIUS_LATERALIS, "gastrocnemius lateralis", "gastrocnemius lateral", "lateral gastrocnemius",
                "gastrocnemien lateral", "gastroc lat", "jumeau externe", "gaslat");
        abbreviations(Muscle.GASTROCNEMIUS_LATERALIS, "gl");
        names(Muscle.GASTROCNEMIUS, "gastrocnemius", "gastrocnemien", "gastrocnemii", "gastroc", "jumeaux");
        abbreviations(Muscle.GASTROCNEMIUS, "gas", "jum");
        names(Muscle.SOLEUS, "soleus", "soleaire");
        abbreviations(Muscle.SOLEUS, "sol");
        names(Muscle.PERONEUS_LONGUS, "peroneus longus", "fibularis longus", "long fibulaire", "long peronier", "peroneus", "fibularis",
                "perlon");
        abbreviations(Muscle.PERONEUS_LONGUS, "pl", "pe", "per");
        names(Muscle.PERONEUS_BREVIS, "peroneus brevis", "fibularis brevis", "court fibulaire", "court peronier", "perbre");
        abbreviations(Muscle.PERONEUS_BREVIS, "pb");
        names(Muscle.EXTENSOR_DIGITORUM_LONGUS, "extensor digitorum longus", "long extenseur des orteils");
        abbreviations(Muscle.EXTENSOR_DIGITORUM_LONGUS, "edl");
        names(Muscle.GLUTEUS_MEDIUS, "gluteus medius", "glut med", "moyen fessier", "glumed");
        abbreviations(Muscle.GLUTEUS_MEDIUS, "gmed", "gme");
        names(Muscle.GLUTEUS_MAXIMUS, "gluteus maximus", "glut max", "grand fessier", "glumax");
        abbreviations(Muscle.GLUTEUS_MAXIMUS, "gmax");
        names(Muscle.ADDUCTORS, "adductors", "adductor", "adducteurs", "adducteur");
        abbreviations(Muscle.ADDUCTORS, "add");
        names(Muscle.ADDUCTOR_LONGUS, "adductor longus", "long adducteur", "addlon");
        names(Muscle.ADDUCTOR_MAGNUS, "adductor magnus", "grand adducteur", "addmag");
        names(Muscle.GRACILIS, "gracilis", "droit interne", "gracil");
        names(Muscle.SARTORIUS, "sartorius", "couturier", "sartor");
        names(Muscle.TENSOR_FASCIAE_LATAE, "tensor fasciae latae", "tensor fascia latae", "tenseur du fascia lata", "tenfaclat");
        abbreviations(Muscle.TENSOR_FASCIAE_LATAE, "tfl");
        names(Muscle.ILIOPSOAS, "iliopsoas", "ilio psoas", "psoas", "iliops");
    }

    private static final Set<String> LEFT_WORDS = Set.of("l", "left", "lt", "g", "gauche", "links", "sx", "sin");
    private static final Set<String> RIGHT_WORDS = Set.of("r", "right", "rt", "d", "droit", "droite", "rechts", "dx");

    private MuscleLabels() {
    }

    private static void names(Muscle muscle, String... phrases) {
        for (String p : phrases) {
            NAMES.put(p, muscle);
        }
    }

    private static void abbreviations(Muscle muscle, String... words) {
        names(muscle, words);
        ABBREVIATIONS.addAll(List.of(words));
    }

    /** Lower-case words without accents; everything that is not a letter or digit separates words. */
    public static List<String> words(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Muscle and side of a label, or why not. Never guesses: see the class comment for what is read. */
    public static LabelReading read(String label) {
        List<String> words = words(label);
        boolean[] used = new boolean[words.size()];
        Set<Muscle> muscles = new LinkedHashSet<>();
        List<String> basis = new ArrayList<>();
        Set<Side> sides = new LinkedHashSet<>();
        // longest names first, so that "adductor longus" wins over "adductor" and "droit anterieur" over "droit"
        for (int length = 5; length >= 1; length--) {
            for (int i = 0; i + length <= words.size(); i++) {
                if (anyUsed(used, i, length)) {
                    continue;
                }
                String phrase = String.join(" ", words.subList(i, i + length));
                Muscle m = NAMES.get(phrase);
                if (m != null) {
                    muscles.add(m);
                    basis.add("'" + phrase + "' = " + m.displayName());
                    java.util.Arrays.fill(used, i, i + length, true);
                }
            }
        }
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            String w = words.get(i);
            Side glued = w.length() > 2 ? Side.fromName(w.substring(0, 1)).orElse(null) : null;
            String rest = w.length() > 2 ? w.substring(1) : "";
            if (glued != null && ABBREVIATIONS.contains(rest)) {
                Muscle m = NAMES.get(rest);
                muscles.add(m);
                sides.add(glued);
                basis.add("'" + w + "' = " + glued.name().toLowerCase(Locale.ROOT) + " " + m.displayName());
                used[i] = true;
            } else if (AMBIGUOUS.containsKey(w) || glued != null && AMBIGUOUS.containsKey(rest)) {
                String key = AMBIGUOUS.containsKey(w) ? w : rest;
                ambiguous.add("'" + w + "' (" + AMBIGUOUS.get(key) + ")");
                used[i] = true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!used[i]) {
                String w = words.get(i);
                if (LEFT_WORDS.contains(w)) {
                    sides.add(Side.LEFT);
                    basis.add("'" + w + "' = left");
                } else if (RIGHT_WORDS.contains(w)) {
                    sides.add(Side.RIGHT);
                    basis.add("'" + w + "' = right");
                }
            }
        }
        if (!ambiguous.isEmpty() && muscles.isEmpty()) {
            return new LabelReading.Unread(true,
                    "ambiguous muscle name " + String.join(", ", ambiguous) + "; assign it in the channel map");
        }
        if (muscles.isEmpty()) {
            return new LabelReading.Unread(false, "no muscle name in the label; assign it in the channel map");
        }
        if (muscles.size() > 1) {
            return new LabelReading.Unread(true, "names several muscles (" + String.join(", ", basis) + "); assign it in the channel map");
        }
        Muscle muscle = muscles.iterator().next();
        if (sides.isEmpty()) {
            return new LabelReading.Unread(true, "names " + muscle.displayName() + " but no side; assign it in the channel map");
        }
        if (sides.size() > 1) {
            return new LabelReading.Unread(true, "names " + muscle.displayName() + " with both sides (" + String.join(", ", basis)
                    + "); assign it in the channel map");
        }
        return new LabelReading.Read(muscle, sides.iterator().next(), String.join(", ", basis));
    }

    private static boolean anyUsed(boolean[] used, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
