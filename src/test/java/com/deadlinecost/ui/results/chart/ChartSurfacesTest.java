package com.deadlinecost.ui.results.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.present.Palette;
import com.deadlinecost.present.chart.ChartData;
import com.deadlinecost.present.chart.ChartFixtures;
import com.deadlinecost.present.chart.ChartKind;
import com.deadlinecost.present.chart.ChartLayout;
import com.deadlinecost.present.chart.ChartModel;
import com.deadlinecost.present.chart.ChartPainter;
import com.deadlinecost.present.chart.RecordingSurface;
import com.deadlinecost.service.export.chart.Graphics2DSurface;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The same model drawn on the screen's canvas and on an export's Graphics2D says and shows the same. */
@ExtendWith(ApplicationExtension.class)
class ChartSurfacesTest {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(canvas), WIDTH, HEIGHT));
        stage.show();
    }

    @Test
    void bothSurfacesDrawTheSameBarsLabelsAndColours() throws Exception {
        for (ChartKind kind : ChartKind.forResults()) {
            ChartModel model = model(kind, ChartFixtures.range(Period.DAILY, 30), Period.DAILY, 30);
            RecordingSurface screen = onFx(() -> {
                RecordingSurface recording = new RecordingSurface(new CanvasSurface(canvas.getGraphicsContext2D()));
                ChartPainter.paint(model, recording, WIDTH, HEIGHT);
                return recording;
            });
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            RecordingSurface export = new RecordingSurface(new Graphics2DSurface(g));
            ChartPainter.paint(model, export, WIDTH, HEIGHT);
            g.dispose();

            assertThat(texts(screen)).as("%s texts", kind).isEqualTo(texts(export));
            assertThat(screen.texts).extracting(RecordingSurface.Label::colour)
                .isEqualTo(export.texts.stream().map(RecordingSurface.Label::colour).collect(Collectors.toList()));
            assertThat(screen.boxes).as("%s bars", kind).hasSameSizeAs(export.boxes);
            for (int index = 0; index < screen.boxes.size(); index++) {
                RecordingSurface.Box onScreen = screen.boxes.get(index);
                RecordingSurface.Box exported = export.boxes.get(index);
                assertThat(onScreen.colour()).isEqualTo(exported.colour());
                // Fonts measure a little differently in JavaFX and Java2D; the layout may shift a few points.
                assertThat(onScreen.x()).isCloseTo(exported.x(), within(8.0));
                assertThat(onScreen.width()).isCloseTo(exported.width(), within(8.0));
                assertThat(onScreen.height()).isCloseTo(exported.height(), within(8.0));
            }
        }
    }

    @Test
    void hourlyStackedBarsOverThirtyDaysPaintThePlotOnScreenAndInTheExport() throws Exception {
        TimeRange month = ChartFixtures.range(Period.HOURLY, 30 * 24);
        ChartModel model = model(ChartKind.STACKED_BARS, month, Period.HOURLY, 30 * 24);
        ChartLayout layout = onFx(() -> ChartPainter.paint(model, new CanvasSurface(canvas.getGraphicsContext2D()),
            WIDTH, HEIGHT));
        WritableImage snapshot = onFx(() -> canvas.snapshot(null, null));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartPainter.paint(model, new Graphics2DSurface(g), WIDTH, HEIGHT);
        g.dispose();

        int screenPixels = 0;
        int exportPixels = 0;
        PixelReader pixels = snapshot.getPixelReader();
        for (int x = (int) layout.plotLeft() + 2; x < layout.plotRight() - 2; x++) {
            for (int y = (int) layout.plotTop() + 2; y < layout.plotBottom() - 2; y++) {
                if (isSeriesColour(pixels.getColor(x, y))) {
                    screenPixels++;
                }
                if (isSeriesColour(Color.rgb(image.getRGB(x, y) >> 16 & 0xff, image.getRGB(x, y) >> 8 & 0xff,
                    image.getRGB(x, y) & 0xff))) {
                    exportPixels++;
                }
            }
        }
        double plotArea = (layout.plotRight() - layout.plotLeft()) * (layout.plotBottom() - layout.plotTop());
        assertThat(screenPixels).isGreaterThan((int) (plotArea * 0.05));
        assertThat(exportPixels).isGreaterThan((int) (plotArea * 0.05));
    }

    /** Neither white, grey grid nor text: a saturated colour, as the palette's are. */
    private static boolean isSeriesColour(Color colour) {
        return colour.getSaturation() > 0.3 && colour.getBrightness() > 0.2;
    }

    private static List<String> texts(RecordingSurface surface) {
        return surface.texts.stream().map(RecordingSurface.Label::text).collect(Collectors.toList());
    }

    private static ChartModel model(ChartKind kind, TimeRange range, Period period, int buckets) {
        ChartData data = ChartData.of(ChartFixtures.rows(period, buckets, 5, bucket -> bucket % 3 != 1),
            ChartFixtures.request(kind, period, range), ChartData.maxBucketsFor(WIDTH * 0.7));
        return ChartModel.of(data, kind, DisplayNames.empty(), ChartModel.Header.titled(""), Set.of(),
            Palette.Theme.LIGHT);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work)
            throws ExecutionException, InterruptedException, TimeoutException {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
