package com.deadlinecost.ui.common;

import javafx.scene.Scene;

/**
 * The start-up benchmark's hook: with {@code -Ddce.bench.firstPaint=true} a scene prints {@link #MARKER} on
 * standard output at the end of layout of its first pulse after installation (the frame that is then painted),
 * so a parent process can time launch to first painted window. Without the property it does nothing.
 */
public final class FirstPaintProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "dce.bench.firstPaint";
    /** The line printed once. */
    public static final String MARKER = "dce-first-paint";

    private FirstPaintProbe() {
    }

    /** Call right after the stage showing {@code scene} is shown. */
    public static void installIfRequested(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(MARKER);
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
