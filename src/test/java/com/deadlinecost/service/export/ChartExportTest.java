package com.deadlinecost.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.service.export.chart.ChartExporter;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.export.chart.ChartSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** Every chart kind of a real demo result in every format, read back. */
class ChartExportTest {
    @TempDir
    Path folder;

    private final ExportDemo demo = ExportDemo.result();

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = "WATERFALL", mode = EnumSource.Mode.EXCLUDE)
    void pngAtOneAndTwoTimesHasTheSizeAndIsNotBlank(ChartKind kind) throws IOException {
        Path one = folder.resolve("chart.png");
        Path two = folder.resolve("chart@2x.png");

        ChartExporter.write(demo.chart(kind), 900, 560, ChartFileFormat.PNG, one);
        ChartExporter.write(demo.chart(kind), 900, 560, ChartFileFormat.PNG_2X, two);

        BufferedImage image = ImageIO.read(one.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(colouredPixels(image)).as("pixels of bars, slices or lines").isGreaterThan(2_000);
        BufferedImage doubled = ImageIO.read(two.toFile());
        assertThat(doubled.getWidth()).isEqualTo(1800);
        assertThat(doubled.getHeight()).isEqualTo(1120);
        assertThat(colouredPixels(doubled)).isGreaterThan(3 * colouredPixels(image));
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = "WATERFALL", mode = EnumSource.Mode.EXCLUDE)
    void svgIsXmlWithTheTitleQueryAndNoteAsText(ChartKind kind) throws Exception {
        Path file = folder.resolve("chart.svg");
        ChartSpec chart = demo.chart(kind);

        ChartExporter.write(chart, 900, 560, ChartFileFormat.SVG, file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Batik writes the SVG 1.0 DOCTYPE; the test machine has no network to fetch its DTD.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains(chart.title()).contains(demo.farmName).contains("UTC-08:00")
            .contains("Costs are estimates");
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = "WATERFALL", mode = EnumSource.Mode.EXCLUDE)
    void pdfIsOneVectorPageWithTheTextExtractable(ChartKind kind) throws IOException {
        Path file = folder.resolve("chart.pdf");
        ChartSpec chart = demo.chart(kind);

        ChartExporter.write(chart, 900, 560, ChartFileFormat.PDF, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(900f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(chart.title()).contains(demo.farmName).contains("Costs are estimates");
        }
        assertThat(Files.size(file)).isLessThan(500_000);
    }

    // PDFTextStripper folds ligatures back when it assembles words, but a viewer's search reads the glyphs' own
    // text: check each glyph, so that "fl" is written as two glyphs, not the one "\uFB02" glyph.
    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = "WATERFALL", mode = EnumSource.Mode.EXCLUDE)
    void pdfGlyphsCarryTheTextAsTypedWithoutLigatures(ChartKind kind) throws IOException {
        Path file = folder.resolve("chart.pdf");

        ChartExporter.write(demo.chart(kind), 900, 560, ChartFileFormat.PDF, file);

        StringBuilder glyphs = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(position -> glyphs.append(position.getUnicode()));
                    glyphs.append(' ');
                }
            }.getText(pdf);
        }
        assertThat(glyphs.toString()).contains("customer-managed").contains("fleets").contains("Costs")
            .doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    private static int colouredPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int green = rgb >> 8 & 0xff;
                int blue = rgb & 0xff;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
