package org.ambulo.report.internal;

import java.io.IOException;

import org.ambulo.model.Side;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Line styles. Left red, right green as clinicians expect, but the sides also differ by dash pattern (left solid,
 * right dashed) because red and green have almost the same grey value when printed in black and white.
 */
record Style(float r, float g, float b, float width, float[] dash) {
    static final float[] SOLID = {};
    static final float GREY_BAND = 0.84f;

    static Style side(Side side, float width) {
        return side == Side.LEFT
                ? new Style(0.80f, 0.08f, 0.08f, width, SOLID)
                : new Style(0.05f, 0.55f, 0.12f, width, new float[]{3.2f, 1.8f});
    }

    static Style grey(float grey, float width) {
        return new Style(grey, grey, grey, width, SOLID);
    }

    void apply(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(r, g, b);
        cs.setLineWidth(width);
        cs.setLineDashPattern(dash, 0);
    }

    /** Fill colour of a side's bars: left saturated red, right light green with a dark outline (grey-distinct). */
    static float[] barFill(Side side) {
        return side == Side.LEFT ? new float[]{0.80f, 0.08f, 0.08f} : new float[]{0.70f, 0.90f, 0.70f};
    }

    static String describe(Side side) {
        return side == Side.LEFT ? "Left: red, solid" : "Right: green, dashed";
    }
}
