package org.ambulo.report;

import java.util.List;
import java.util.Optional;

import org.ambulo.model.Side;

/** GVS per variable and side (the Movement Analysis Profile), GPS and GDI per side, and the overall GPS. */
public record GaitScores(List<GvsEntry> gvs, List<SideScore> sideScores, double overallGpsDeg, String method) {
    public GaitScores {
        gvs = Texts.copy(gvs, "gvs");
        sideScores = Texts.copy(sideScores, "sideScores");
        Texts.require(method, "score method");
    }

    public Optional<SideScore> score(Side side) {
        return sideScores.stream().filter(s -> s.side() == side).findFirst();
    }

    /** Variables in first-seen order (the MAP chart's categories). */
    public List<String> variables() {
        return gvs.stream().map(GvsEntry::variable).distinct().toList();
    }

    public Optional<GvsEntry> gvs(String variable, Side side) {
        return gvs.stream().filter(g -> g.variable().equals(variable) && g.side() == side).findFirst();
    }
}
