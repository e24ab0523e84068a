package com.deadlinecost.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Starts the JavaFX toolkit headless (Monocle, software rendering), as the GUI tests run it. */
final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        Platform.setImplicitExit(false);
        if (!ready.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        started = true;
    }

    /**
     * Stops the toolkit, so that the JVM's exit does not race a pulse. Only at the end of the suite: JavaFX cannot
     * be started again in the same JVM, so a figure that stopped it would break every later one.
     */
    static synchronized void stop() {
        if (started) {
            Platform.exit();
            started = false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
