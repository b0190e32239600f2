package org.ambulo.c3d.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;

/** Helpers to read parameters type-flexibly, including the LABELS, LABELS2, LABELS3... continuation. */
final class C3dParameterAccess {

    private C3dParameterAccess() {
    }

    static String decode(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        }
    }

    static OptionalLong count(C3dParameters p, String group, String name) {
        return p.parameter(group, name).map(C3dParameter::firstCount).orElse(OptionalLong.empty());
    }

    static OptionalDouble number(C3dParameters p, String group, String name) {
        return p.parameter(group, name).map(C3dParameter::firstNumber).orElse(OptionalDouble.empty());
    }

    static Optional<String> string(C3dParameters p, String group, String name) {
        return p.string(group, name);
    }

    /** Name of the n-th continuation: LABELS, LABELS2, LABELS3 ... */
    static String continuation(String base, int index) {
        return index == 0 ? base : base + (index + 1);
    }

    /** Strings of BASE, BASE2, BASE3 ... concatenated, at most {@code limit} of them. */
    static List<String> strings(C3dParameters p, String group, String base, int limit) {
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < limit; i++) {
            Optional<C3dParameter> q = p.parameter(group, continuation(base, i));
            if (q.isEmpty()) {
                break;
            }
            for (String s : q.get().strings()) {
                if (out.size() < limit) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Numbers of BASE, BASE2 ... concatenated (for ANALOG:SCALE, OFFSET). */
    static List<Double> numbers(C3dParameters p, String group, String base, int limit, boolean unsignedInts) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; out.size() < limit; i++) {
            Optional<C3dParameter> q = p.parameter(group, continuation(base, i));
            if (q.isEmpty()) {
                break;
            }
            C3dParameter param = q.get();
            if (unsignedInts && param.type() == org.ambulo.c3d.ParameterType.INT) {
                for (long c : param.counts()) {
                    if (out.size() < limit) {
                        out.add((double) c);
                    }
                }
            } else {
                for (double d : param.numbers()) {
                    if (out.size() < limit) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }
}
