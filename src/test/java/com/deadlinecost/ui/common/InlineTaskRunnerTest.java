package com.deadlinecost.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTaskRunnerTest {
    private final List<String> events = new ArrayList<>();

    private TaskCallbacks<String> recording() {
        return new TaskCallbacks<>(value -> events.add("success:" + value),
            error -> events.add("failure:" + error.getMessage()), () -> events.add("cancelled"));
    }

    @Test
    void immediateRunnerDeliversUpdatesThenSuccessInOrder() {
        InlineTaskRunner runner = InlineTaskRunner.immediate();

        runner.submit(context -> {
            context.onUi(() -> events.add("page 1"));
            context.onUi(() -> events.add("page 2"));
            return "done";
        }, recording());

        assertThat(events).containsExactly("page 1", "page 2", "success:done");
    }

    @Test
    void failureReachesTheFailureCallback() {
        InlineTaskRunner.immediate().submit(context -> {
            throw new IllegalStateException("boom");
        }, recording());

        assertThat(events).containsExactly("failure:boom");
    }

    @Test
    void cancelledBeforeItRunsEndsAsCancelledWithoutRunning() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        TaskHandle handle = runner.submit(context -> {
            events.add("ran");
            return "x";
        }, recording());

        handle.cancel();
        runner.runNext();

        assertThat(events).containsExactly("cancelled");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void updatesAfterCancellationAreDropped() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        TaskHandle[] self = new TaskHandle[1];
        self[0] = runner.submit(context -> {
            context.onUi(() -> events.add("page 1"));
            self[0].cancel();
            context.onUi(() -> events.add("page 2"));
            return "x";
        }, recording());

        runner.runNext();

        assertThat(events).containsExactly("page 1", "cancelled");
    }

    @Test
    void cancelAllCancelsQueuedWork() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        runner.submit(context -> "a", recording());
        runner.submit(context -> "b", recording());

        runner.cancelAll();
        while (runner.runNext()) {
            events.add("next");
        }

        assertThat(events).containsExactly("cancelled", "next", "cancelled", "next");
    }
}
