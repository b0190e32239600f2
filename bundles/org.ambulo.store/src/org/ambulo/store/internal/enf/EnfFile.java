package org.ambulo.store.internal.enf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.pipeline.session.SessionException;

/**
 * One Vicon Eclipse node file ({@code .enf}): INI-like sections ({@code [Node Information]} with TYPE, NAME, PARENT,
 * CREATIONDATEANDTIME; {@code [SUBJECT_INFO]} in a Patient node, {@code [SESSION_INFO]} in a Session node,
 * {@code [TRIAL_INFO]} in a Trial node) of {@code KEY=VALUE} lines.
 * <p>
 * Encodings, as Nexus/Eclipse versions wrote them: UTF-16 LE or BE with a byte order mark, UTF-16 LE without one
 * (recognised by its zero high bytes), UTF-8 (with or without mark) and, for old files that are not valid UTF-8,
 * windows-1252 (gaitutils' eclipse.py falls back to latin-1 for the same reason). Tolerated like gaitutils and pyCGM2
 * do: lines holding only "=" or starting with "=" (Eclipse writes them now and then), blank lines, ';'/'#' comments,
 * repeated keys (the last wins). Section and key names are compared ignoring case, blanks and underscores, so
 * {@code [Node Information]} and {@code NODEINFORMATION} are the same. Anything else is malformed and names the file
 * and line.
 *
 * @param file
 *            for messages
 * @param sections
 *            normalised section name -> normalised key -> value
 */
record EnfFile(Path file, Map<String, Map<String, String>> sections) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static EnfFile read(Path file) throws SessionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SessionException(file, "cannot read the Eclipse file: " + e.getMessage(), e);
        }
        return parse(decode(bytes), file);
    }

    static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (looksUtf16Le(b)) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /** ASCII text in UTF-16 LE without a mark: most odd bytes are zero, even bytes are not. */
    private static boolean looksUtf16Le(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return false;
        }
        int oddZeros = 0;
        int evenZeros = 0;
        for (int i = 0; i < b.length; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = b.length / 2;
        return oddZeros > pairs * 0.9 && evenZeros < pairs * 0.1;
    }

    static EnfFile parse(String text, Path file) throws SessionException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#") || line.startsWith("=")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new SessionException(file, "line " + (i + 1) + ": section header '" + line + "' is not closed by ']'");
                }
                current = sections.computeIfAbsent(normalise(line.substring(1, line.length() - 1)), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new SessionException(file, "line " + (i + 1) + ": '" + line + "' is neither a [SECTION] nor KEY=VALUE");
            }
            if (current == null) {
                throw new SessionException(file, "line " + (i + 1) + ": '" + line + "' comes before the first [SECTION]");
            }
            current.put(normalise(line.substring(0, eq)), line.substring(eq + 1).strip());
        }
        if (sections.isEmpty()) {
            throw new SessionException(file, "holds no [SECTION] (empty or not an Eclipse file)");
        }
        return new EnfFile(file, sections);
    }

    /** Upper case without blanks and underscores: "Node Information" and NODE_INFORMATION -> NODEINFORMATION. */
    static String normalise(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_]+", "");
    }

    /** The first non-blank value of any of the keys in the section. */
    Optional<String> value(String section, String... keys) {
        Map<String, String> s = sections.get(normalise(section));
        if (s == null) {
            return Optional.empty();
        }
        for (String key : keys) {
            String v = s.get(normalise(key));
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** "SECTION:KEY" (or "SECTION:KEY1/KEY2"), as named in messages. */
    static String field(String section, String... keys) {
        return section + ":" + String.join("/", keys);
    }

    /** The file name without ".Session.enf", ".Trial12.enf", ".Patient.enf". */
    String stem() {
        String name = file.getFileName().toString();
        return name.replaceFirst("(?i)\\.(Session|Patient|Trial\\d*)\\.enf$", "");
    }
}
