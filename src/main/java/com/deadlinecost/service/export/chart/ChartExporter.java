package com.deadlinecost.service.export.chart;

import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.service.export.ExportException;
import com.deadlinecost.service.export.ExportFiles;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.w3c.dom.Document;

/**
 * Exports a chart as PNG (1x or 2x pixels per point), SVG (Batik, text kept as text) or PDF (PDFBox,
 * vector, text kept as text with DejaVu Sans embedded where installed, else the PDF base fonts). Sizes are
 * in points; files are written atomically.
 */
public final class ChartExporter {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private ChartExporter() {
    }

    /** The chart as an image of {@code width x height} points at {@code scale} pixels per point. */
    public static BufferedImage image(ChartSpec spec, int width, int height, int scale) {
        return image(spec.model(), width, height, scale);
    }

    /** Any chart model as an image of {@code width x height} points at {@code scale} pixels per point. */
    public static BufferedImage image(ChartModel model, int width, int height, int scale) {
        return image(painting(model), width, height, scale);
    }

    private static Painting painting(ChartModel model) {
        return (g, width, height) -> ChartPainter.paint(model, new Graphics2DSurface(g), width, height);
    }

    /** Draws a chart into a rectangle of {@code width x height} points at the origin of a graphics context. */
    @FunctionalInterface
    private interface Painting {
        void paint(Graphics2D g, double width, double height);
    }

    private static BufferedImage image(Painting painting, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            painting.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart to {@code file} in {@code format}; the old file stays if anything fails. */
    public static void write(ChartSpec spec, int width, int height, ChartFileFormat format, Path file)
            throws ExportException {
        write(spec.model(), width, height, format, file);
    }

    /** Writes any chart model to {@code file} in {@code format}; the old file stays if anything fails. */
    public static void write(ChartModel model, int width, int height, ChartFileFormat format, Path file)
            throws ExportException {
        write(painting(model), model.header().title(), width, height, format, file);
    }

    private static void write(Painting painting, String title, int width, int height, ChartFileFormat format,
                              Path file) throws ExportException {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("A chart needs at least 200 x 150 points; got " + width + " x "
                + height);
        }
        switch (format) {
            case PNG:
            case PNG_2X:
                BufferedImage image = image(painting, width, height, format.scale());
                ExportFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer is available in this Java runtime");
                    }
                });
                break;
            case SVG:
                ExportFiles.write(file, out -> writeSvg(painting, title, width, height, out));
                break;
            case PDF:
                ExportFiles.write(file, out -> writePdf(painting, title, width, height, out));
                break;
            default:
                throw new IllegalArgumentException("Unknown chart format " + format);
        }
    }

    private static void writeSvg(Painting painting, String title, int width, int height, OutputStream out)
            throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("the XML parser of this Java runtime is not available", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Deadline Cost Explorer: " + title);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        painting.paint(g, width, height);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(writer, true);
        writer.flush();
    }

    private static void writePdf(Painting painting, String title, int width, int height, OutputStream out)
            throws IOException {
        try (PdfFonts embedded = new PdfFonts();
             PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawerDefaultFonts fonts = new PdfBoxGraphics2DFontTextDrawerDefaultFonts()) {
            embedded.register(document, fonts);
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Deadline Cost Explorer");
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                painting.paint(g, width, height);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.save(out);
        }
    }
}
