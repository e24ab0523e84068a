package com.deadlinecost.service.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads how many pages the history file has, through a second connection. */
final class HistoryPages {
    private HistoryPages() {
    }

    static long current(HistoryStore store) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement statement = raw.createStatement();
             ResultSet pages = statement.executeQuery("PRAGMA page_count")) {
            pages.next();
            return pages.getLong(1);
        }
    }
}
