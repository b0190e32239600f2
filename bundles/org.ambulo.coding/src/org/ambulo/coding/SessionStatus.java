package org.ambulo.coding;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the session went, as far as coding cares: complete, or reduced / discontinued / repeated with the documented reason
 * (the modifiers 52, 53, 76, 77 need the reason on record, so it is mandatory for every kind but {@link Kind#COMPLETE}).
 */
public record SessionStatus(Kind kind, Optional<String> reason) {

    public enum Kind {
        COMPLETE("complete"),
        REDUCED("reduced"),
        DISCONTINUED("discontinued"),
        REPEATED_SAME_PHYSICIAN("repeatedSamePhysician"),
        REPEATED_OTHER_PHYSICIAN("repeatedOtherPhysician");

        private final String ruleName;

        Kind(String ruleName) {
            this.ruleName = ruleName;
        }

        /** The name used in rule files (field {@code modifiers[].status}). */
        public String ruleName() {
            return ruleName;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        public static Optional<Kind> fromRuleName(String name) {
            for (Kind k : values()) {
                if (k.ruleName.equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public SessionStatus {
        Objects.requireNonNull(kind, "session status kind");
        Objects.requireNonNull(reason, "reason (use Optional.empty())");
        reason = reason.map(String::trim).filter(r -> !r.isEmpty());
        if (kind != Kind.COMPLETE && reason.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.label() + " session needs the documented reason");
        }
    }

    public static SessionStatus complete() {
        return new SessionStatus(Kind.COMPLETE, Optional.empty());
    }

    public static SessionStatus reduced(String reason) {
        return new SessionStatus(Kind.REDUCED, Optional.ofNullable(reason));
    }

    public static SessionStatus discontinued(String reason) {
        return new SessionStatus(Kind.DISCONTINUED, Optional.ofNullable(reason));
    }

    public static SessionStatus repeatedSamePhysician(String reason) {
        return new SessionStatus(Kind.REPEATED_SAME_PHYSICIAN, Optional.ofNullable(reason));
    }

    public static SessionStatus repeatedOtherPhysician(String reason) {
        return new SessionStatus(Kind.REPEATED_OTHER_PHYSICIAN, Optional.ofNullable(reason));
    }
}
