package com.deadlinecost.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner(2);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        runner.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndUpdatesAndCallbacksRunOnIt() throws Exception {
        CompletableFuture<String> finished = new CompletableFuture<>();

        runner.submit(context -> {
            events.add("work on fx thread: " + Platform.isFxApplicationThread());
            context.onUi(() -> events.add("update on fx thread: " + Platform.isFxApplicationThread()));
            return "result";
        }, TaskCallbacks.of(value -> {
            events.add("success on fx thread: " + Platform.isFxApplicationThread());
            finished.complete(value);
        }, finished::completeExceptionally));

        assertThat(finished.get(10, TimeUnit.SECONDS)).isEqualTo("result");
        assertThat(events).containsExactly("work on fx thread: false", "update on fx thread: true",
            "success on fx thread: true");
    }

    @Test
    void cancelInterruptsBlockedWorkAndReportsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();

        TaskHandle handle = runner.submit(context -> {
            started.countDown();
            new CountDownLatch(1).await();
            return "never";
        }, new TaskCallbacks<>(value -> outcome.complete("success"), error -> outcome.complete("failure"),
            () -> outcome.complete("cancelled")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        handle.cancel();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void workOfferedAfterShutdownIsReportedCancelledAndNeverRuns() throws Exception {
        runner.shutdown();
        CompletableFuture<String> outcome = new CompletableFuture<>();

        TaskHandle handle = runner.submit(context -> {
            events.add("ran");
            return "never";
        }, new TaskCallbacks<>(value -> outcome.complete("success"), error -> outcome.complete("failure"),
            () -> outcome.complete("cancelled")));

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertThat(handle.isDone()).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void failuresReachTheFailureCallback() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        runner.submit(context -> {
            throw new IllegalStateException("service said no");
        }, TaskCallbacks.of(value -> failure.complete(null), failure::complete));

        assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessage("service said no");
    }
}
