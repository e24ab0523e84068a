package com.deadlinecost.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.ProjectionBasis;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Measure;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartOverlayInputs;
import com.deadlinecost.service.export.chart.ChartExporter;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.export.chart.ChartSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overlays are part of the chart model, so every export draws them as the screen does. */
class ChartOverlayExportTest {
    /** The anomaly markers' red, as {@code OverlayPlot} draws them. */
    private static final int MARKER = 0xd92d20;

    @TempDir
    Path folder;

    private final ExportDemo demo = ExportDemo.result();

    private ChartSpec chart(ChartKind kind, ChartOverlayInputs overlays) {
        ChartData data = demo.data(kind, GroupField.QUEUE_ID, Measure.COST_SUM, 6);
        return new ChartSpec(kind, data, demo.context(), null, Set.of(), overlays);
    }

    private ChartOverlayInputs everything() {
        Instant end = demo.query.range().end();
        GroupKey top = demo.rows.stream().max((a, b) -> Double.compare(a.costTotal(), b.costTotal())).orElseThrow()
            .group();
        Instant spikeDay = end.minus(Duration.ofDays(10));
        Anomaly spike = new Anomaly(Anomaly.Kind.SPEND_SPIKE, GroupKey.of(GroupField.QUEUE_ID,
            top.valueOrNull(GroupField.QUEUE_ID)), spikeDay, spikeDay.plus(Duration.ofDays(1)), 900, 100, 7, "",
            List.of());
        return new ChartOverlayInputs(Optional.of(ChartOverlayInputs.EarlierRows.of(demo.rows, demo.query.range(),
            demo.query.range(), "Previous period", demo.query.offset())), Optional.of(new ProjectionBasis(demo.rows,
            LocalDate.of(2026, 2, 16), end, demo.query.offset())), List.of(spike));
    }

    @Test
    void theSvgCarriesTheDashedProjectionAndTheOverlaysLegend() throws IOException {
        Path plain = folder.resolve("plain.svg");
        Path overlaid = folder.resolve("overlaid.svg");

        ChartExporter.write(chart(ChartKind.LINES, ChartOverlayInputs.NONE), 1200, 700, ChartFileFormat.SVG, plain);
        ChartExporter.write(chart(ChartKind.LINES, everything()), 1200, 700, ChartFileFormat.SVG, overlaid);

        // Batik writes "stroke-dasharray:none" as the default style; a dashed path has a pattern of lengths.
        String dashed = "stroke-dasharray:\\s*\\d";
        assertThat(Files.readString(plain)).doesNotContainPattern(dashed);
        String svg = Files.readString(overlaid);
        assertThat(svg).containsPattern(dashed).contains("Projected to Mar 31, 80 % band", "Previous period (Feb 16",
            "1 anomaly");
    }

    @Test
    void thePngCarriesTheAnomalyMarker() throws IOException {
        for (ChartKind kind : List.of(ChartKind.LINES, ChartKind.STACKED_BARS)) {
            Path plain = folder.resolve("plain.png");
            Path overlaid = folder.resolve("overlaid.png");

            ChartExporter.write(chart(kind, ChartOverlayInputs.NONE), 1200, 700, ChartFileFormat.PNG, plain);
            ChartExporter.write(chart(kind, everything()), 1200, 700, ChartFileFormat.PNG, overlaid);

            assertThat(pixels(ImageIO.read(plain.toFile()))).as(kind.name()).isZero();
            assertThat(pixels(ImageIO.read(overlaid.toFile()))).as(kind.name()).isGreaterThan(30);
        }
    }

    private static int pixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == MARKER) {
                    count++;
                }
            }
        }
        return count;
    }
}
