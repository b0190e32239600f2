package org.ambulo.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ambulo.coding.internal.RuleFileReader;

/**
 * One jurisdiction's coding rules, as read from a rule file (format: see {@code rules/us-cpt-2026.json} and
 * {@link RuleFileReader}).
 *
 * @param origin where the rules were read from (file name or class-path resource), named in errors and records
 * @param source the published source the rules are taken from (code set, manual, payer policy)
 */
public record CodingRules(String id, String jurisdiction, String version, String source, List<String> notes,
        List<CodeRule> codes, List<ModifierRule> modifiers, List<CheckRule> checks, List<ConflictRule> conflicts,
        String origin) {

    /** The format tag every rule file must carry in its {@code format} field. */
    public static final String FORMAT = "ambulo-coding-rules/1";

    public CodingRules {
        notes = List.copyOf(notes);
        codes = List.copyOf(codes);
        modifiers = List.copyOf(modifiers);
        checks = List.copyOf(checks);
        conflicts = List.copyOf(conflicts);
    }

    public Optional<CodeRule> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Reads a rule file (UTF-8). */
    public static CodingRules load(Path file) {
        String name = file.toString();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new CodingRulesException(name, 0, "", "cannot read rule file: " + e, e);
        }
    }

    /** Reads a rule file shipped on a class path, e.g. {@code rules/us-cpt-2026.json} at a bundle's root. */
    public static CodingRules fromResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CodingRulesException(resource, 0, "", "rule file not found on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new CodingRulesException(resource, 0, "", "cannot read rule file: " + e, e);
        }
    }

    /** Parses rule-file text; {@code origin} names the file in errors. */
    public static CodingRules parse(String text, String origin) {
        return RuleFileReader.read(text, origin);
    }
}
