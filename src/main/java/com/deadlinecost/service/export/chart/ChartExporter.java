package com.deadlinecost.service.export.chart;

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
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            ChartPainter.paint(spec.model(), new Graphics2DSurface(g), width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart to {@code file} in {@code format}; the old file stays if anything fails. */
    public static void write(ChartSpec spec, int width, int height, ChartFileFormat format, Path file)
            throws ExportException {
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("A chart needs at least 200 x 150 points; got " + width + " x "
                + height);
        }
        switch (format) {
            case PNG:
            case PNG_2X:
                BufferedImage image = image(spec, width, height, format.scale());
                ExportFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer is available in this Java runtime");
                    }
                });
                break;
            case SVG:
                ExportFiles.write(file, out -> writeSvg(spec, width, height, out));
                break;
            case PDF:
                ExportFiles.write(file, out -> writePdf(spec, width, height, out));
                break;
            default:
                throw new IllegalArgumentException("Unknown chart format " + format);
        }
    }

    private static void writeSvg(ChartSpec spec, int width, int height, OutputStream out) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("the XML parser of this Java runtime is not available", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Deadline Cost Explorer: " + spec.model().header().title());
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        ChartPainter.paint(spec.model(), new Graphics2DSurface(g), width, height);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(writer, true);
        writer.flush();
    }

    private static void writePdf(ChartSpec spec, int width, int height, OutputStream out) throws IOException {
        try (PdfFonts embedded = new PdfFonts();
             PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawerDefaultFonts fonts = new PdfBoxGraphics2DFontTextDrawerDefaultFonts()) {
            embedded.register(document, fonts);
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            document.getDocumentInformation().setTitle(spec.model().header().title());
            document.getDocumentInformation().setCreator("Deadline Cost Explorer");
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            g.setFontTextDrawer(fonts);
            try {
                ChartPainter.paint(spec.model(), new Graphics2DSurface(g), width, height);
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
