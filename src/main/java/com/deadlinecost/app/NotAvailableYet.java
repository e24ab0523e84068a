package com.deadlinecost.app;

import java.io.PrintWriter;

/** What a registered subcommand answers until the release that implements it. */
final class NotAvailableYet {
    static final int EXIT_CODE = 3;

    private NotAvailableYet() {
    }

    static int report(PrintWriter err, String subcommand) {
        err.println("deadline-cost-explorer " + subcommand + ": not available yet in this version.");
        err.println("Run 'deadline-cost-explorer --help' to see what this version can do.");
        err.flush();
        return EXIT_CODE;
    }
}
