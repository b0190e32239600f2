package org.ambulo.c3d.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.ambulo.c3d.Quirk;

/** Collects tolerated deviations while reading; the vendor is filled in once the parameters are known. */
public final class Quirks {

    private record Pending(String code, String problem, String action, OptionalLong offset) {
    }

    private final List<Pending> pending = new ArrayList<>();

    public void add(String code, String problem, String action) {
        pending.add(new Pending(code, problem, action, OptionalLong.empty()));
    }

    public void add(String code, String problem, String action, long offset) {
        pending.add(new Pending(code, problem, action, OptionalLong.of(offset)));
    }

    public List<String> codes() {
        return pending.stream().map(Pending::code).toList();
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    public List<Quirk> toList(String vendor) {
        List<Quirk> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            out.add(new Quirk(p.code, vendor, p.problem, p.action, p.offset));
        }
        return out;
    }
}
