package com.deadlinecost.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void aGroupKeepsItsColourWhateverElseTheQueryHolds() {
        List<Rgb> first = Palette.colours(List.of("fleet-a", "fleet-b", "fleet-c"), List.of(false, false, false));
        List<Rgb> second = Palette.colours(List.of("fleet-x", "fleet-c", "fleet-y", "fleet-z"),
            List.of(false, false, false, false));
        assertThat(second.get(1)).isEqualTo(first.get(2));
        assertThat(first.get(2)).isEqualTo(Palette.SERIES.get(Palette.preferredIndex("fleet-c")));
    }

    @Test
    void noTwoSeriesOfOneChartShareAColourAndOtherIsGrey() {
        List<String> ids = List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12");
        List<Boolean> plain = ids.stream().map(id -> false).toList();
        assertThat(Palette.colours(ids, plain)).doesNotHaveDuplicates();
        assertThat(Palette.colours(List.of("q1", "x"), List.of(false, true)).get(1)).isEqualTo(Palette.OTHER);
    }

    @Test
    void theStylesheetDefinesThePaintersColours() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/com/deadlinecost/ui/results/results.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int index = 0; index < Palette.SERIES.size(); index++) {
            Matcher colour = Pattern.compile("-dce-series-" + index + ":\\s*(#[0-9a-fA-F]{6});").matcher(css);
            assertThat(colour.find()).as("-dce-series-%d in results.css", index).isTrue();
            assertThat(Rgb.hex(colour.group(1))).isEqualTo(Palette.SERIES.get(index));
        }
        Matcher other = Pattern.compile("-dce-series-other:\\s*(#[0-9a-fA-F]{6});").matcher(css);
        assertThat(other.find()).isTrue();
        assertThat(Rgb.hex(other.group(1))).isEqualTo(Palette.OTHER);
    }
}
