package org.ambulo.report.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A vector plot frame on a page: data-to-page mapping, grid, axes with unit labels, curves, an opaque band fill
 * (no transparency: PDF/A and grey printing), vertical marker lines and bars. Everything is clipped to the frame.
 */
final class Plot {
    private static final float TICK_FONT = 6f;
    private final PageFlow flow;
    private final PDPageContentStream cs;
    private final float x;
    private final float y;
    private final float w;
    private final float h;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double yStep;

    /** Frame with its lower-left corner at (x, y); the y range is widened to "nice" tick values. */
    Plot(PageFlow flow, float x, float y, float w, float h, double xMin, double xMax, double dataMin, double dataMax) {
        this.flow = flow;
        this.cs = flow.cs();
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
        this.xMin = xMin;
        this.xMax = xMax;
        double lo = Double.isFinite(dataMin) ? dataMin : 0;
        double hi = Double.isFinite(dataMax) ? dataMax : 1;
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        this.yStep = niceStep((hi - lo) / 4);
        this.yMin = Math.floor(lo / yStep) * yStep;
        this.yMax = Math.ceil(hi / yStep) * yStep;
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    float px(double v) {
        return (float) (x + (v - xMin) / (xMax - xMin) * w);
    }

    float py(double v) {
        return (float) (y + (v - yMin) / (yMax - yMin) * h);
    }

    /** Title above the frame, grid, y ticks with the unit, x ticks every {@code xTick}. */
    void frame(String title, String yUnit, String xLabel, double xTick, boolean xTickLabels) throws IOException {
        Style.grey(0.88f, 0.3f).apply(cs);
        for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
            line(x, py(v), x + w, py(v));
        }
        for (double v = xMin; v <= xMax + 1e-9; v += xTick) {
            line(px(v), y, px(v), y + h);
        }
        if (yMin < 0 && yMax > 0) {
            Style.grey(0.55f, 0.4f).apply(cs);
            line(x, py(0), x + w, py(0));
        }
        Style.grey(0.2f, 0.6f).apply(cs);
        cs.addRect(x, y, w, h);
        cs.stroke();
        cs.setNonStrokingColor(0f);
        for (double v = yMin; v <= yMax + yStep / 2; v += yStep) {
            flow.textRight(x - 2, py(v) - 2, flow.fonts.regular, TICK_FONT, tick(v));
        }
        if (xTickLabels) {
            for (double v = xMin; v <= xMax + 1e-9; v += xTick) {
                String s = Fmt.fixed(v, xTick == Math.rint(xTick) ? 0 : 1);
                flow.text(px(v) - FontSet.width(flow.fonts.regular, s, TICK_FONT) / 2, y - 7.5f, flow.fonts.regular,
                        TICK_FONT, s);
            }
            if (!xLabel.isEmpty()) {
                flow.textRight(x + w, y - 15, flow.fonts.regular, TICK_FONT, xLabel);
            }
        }
        flow.text(x, y + h + 3, flow.fonts.bold, 7.2f, title);
        flow.textRight(x + w, y + h + 3, flow.fonts.regular, 6.5f, yUnit);
    }

    private String tick(double v) {
        double rounded = Math.abs(v) < yStep * 1e-6 ? 0 : v;
        int decimals = 0;
        while (decimals < 3 && Math.abs(yStep * Math.pow(10, decimals) - Math.rint(yStep * Math.pow(10, decimals))) > 1e-6) {
            decimals++; // as many decimals as the tick step needs (2.5 -> 1, 0.25 -> 2)
        }
        return Fmt.fixed(rounded, decimals);
    }

    /** Opaque light-grey band between lower and upper (a closed polygon filled without alpha). */
    void band(double[] lower, double[] upper) throws IOException {
        clipped(() -> {
            cs.setNonStrokingColor(Style.GREY_BAND);
            int n = lower.length;
            cs.moveTo(px(xAt(0, n)), py(lower[0]));
            for (int i = 1; i < n; i++) {
                cs.lineTo(px(xAt(i, n)), py(lower[i]));
            }
            for (int i = n - 1; i >= 0; i--) {
                cs.lineTo(px(xAt(i, n)), py(upper[i]));
            }
            cs.closePath();
            cs.fill();
        });
    }

    /** Polyline of a cycle-normalised curve (sample i at i/(n-1) of the x range); NaN breaks the line. */
    void curve(double[] values, Style style) throws IOException {
        clipped(() -> {
            style.apply(cs);
            int n = values.length;
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(values[i])) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    cs.lineTo(px(xAt(i, n)), py(values[i]));
                } else {
                    cs.moveTo(px(xAt(i, n)), py(values[i]));
                    pen = true;
                }
            }
            cs.stroke();
        });
    }

    void verticalLine(double xValue, Style style) throws IOException {
        style.apply(cs);
        line(px(xValue), y, px(xValue), y + h);
    }

    /** Filled bar from 0 to {@code value} between x0 and x1 with an outline. */
    void bar(double x0, double x1, double value, float[] fill, Style outline) throws IOException {
        float bottom = py(Math.max(0, yMin));
        float top = py(value);
        cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
        cs.addRect(px(x0), Math.min(bottom, top), px(x1) - px(x0), Math.abs(top - bottom));
        cs.fill();
        outline.apply(cs);
        cs.addRect(px(x0), Math.min(bottom, top), px(x1) - px(x0), Math.abs(top - bottom));
        cs.stroke();
    }

    /** A dark bar of {@code height} points along the bottom of the frame from x0 to x1 (e.g. EMG normal activity). */
    void strip(double x0, double x1, float height, float grey) throws IOException {
        cs.setNonStrokingColor(grey);
        cs.addRect(px(x0), y + 1, px(x1) - px(x0), height);
        cs.fill();
    }

    private double xAt(int i, int n) {
        return xMin + (xMax - xMin) * i / (n - 1);
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private void clipped(Drawing drawing) throws IOException {
        cs.saveGraphicsState();
        cs.addRect(x, y, w, h);
        cs.clip();
        drawing.draw();
        cs.restoreGraphicsState();
    }
}
