package com.deadlinecost.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppSettingsTest {

    @Test
    void aReopenedViewMovesToTheFrontOnceAndTheListStaysShort() {
        AppSettings settings = AppSettings.defaults();
        for (int view = 1; view <= 10; view++) {
            settings = settings.withRecentView("/views/" + view + ".dcxview");
        }

        settings = settings.withRecentView("/views/5.dcxview");

        assertThat(settings.recentViews()).hasSize(AppSettings.MAX_RECENT_VIEWS)
            .startsWith("/views/5.dcxview", "/views/10.dcxview", "/views/9.dcxview")
            .doesNotHaveDuplicates();
    }
}
