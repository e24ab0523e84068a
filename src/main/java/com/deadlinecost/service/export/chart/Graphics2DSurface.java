package com.deadlinecost.service.export.chart;

import com.deadlinecost.present.Rgb;
import com.deadlinecost.present.chart.ChartSurface;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The chart painter's surface for exports: any Graphics2D (a PNG image, Batik's SVG, PDFBox's PDF), with
 * text drawn as text in DejaVu Sans where installed (as on screen), else the JDK's SansSerif.
 */
public final class Graphics2DSurface implements ChartSurface {
    /** The font family charts use, on screen and in exports. */
    public static final String FONT_FAMILY = pickFamily();
    private static final float[] DASH = {6f, 4f};

    private final Graphics2D g;
    private final Map<ChartSurface.TextStyle, Font> fonts = new HashMap<>();

    public Graphics2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, Rgb colour, double lineWidth) {
        g.setColor(awt(colour));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
        g.setColor(awt(colour));
        g.setStroke(stroke(lineWidth, dashed));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Rgb colour, double lineWidth, boolean dashed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int index = 1; index < count; index++) {
            path.lineTo(xs[index], ys[index]);
        }
        g.setColor(awt(colour));
        g.setStroke(stroke(lineWidth, dashed));
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour, double opacity) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int index = 1; index < count; index++) {
            path.lineTo(xs[index], ys[index]);
        }
        path.closePath();
        g.setColor(new Color(colour.red(), colour.green(), colour.blue(), (int) Math.round(opacity * 255)));
        g.fill(path);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void fillSlice(double centreX, double centreY, double radius, double startDegrees, double extentDegrees,
                          Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new Arc2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius, startDegrees,
            extentDegrees, Arc2D.PIE));
    }

    @Override
    public void text(String text, double x, double y, ChartSurface.TextStyle font, Rgb colour, Align align) {
        g.setFont(awt(font));
        g.setColor(awt(colour));
        double width = align == Align.START ? 0 : g.getFontMetrics().getStringBounds(text, g).getWidth();
        double start = align == Align.START ? x : align == Align.CENTRE ? x - width / 2 : x - width;
        g.drawString(text, (float) start, (float) y);
    }

    @Override
    public void verticalText(String text, double x, double y, ChartSurface.TextStyle font, Rgb colour) {
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        text(text, x, y + ascent(font) / 2, font, colour, Align.CENTRE);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, ChartSurface.TextStyle font) {
        return metrics(font).getStringBounds(text, g).getWidth();
    }

    @Override
    public double ascent(ChartSurface.TextStyle font) {
        return metrics(font).getAscent();
    }

    @Override
    public double lineHeight(ChartSurface.TextStyle font) {
        return metrics(font).getHeight();
    }

    private FontMetrics metrics(ChartSurface.TextStyle font) {
        return g.getFontMetrics(awt(font));
    }

    private Font awt(ChartSurface.TextStyle font) {
        return fonts.computeIfAbsent(font, key -> new Font(FONT_FAMILY, key.bold() ? Font.BOLD : Font.PLAIN, 1)
            .deriveFont((float) key.size()));
    }

    private static Color awt(Rgb colour) {
        return new Color(colour.packed());
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
            : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static String pickFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
