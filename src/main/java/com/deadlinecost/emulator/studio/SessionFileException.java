package com.deadlinecost.emulator.studio;

/** A session file that cannot be served; the message names the file and line and says what is wrong. */
public final class SessionFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionFileException(String message) {
        super(message);
    }
}
