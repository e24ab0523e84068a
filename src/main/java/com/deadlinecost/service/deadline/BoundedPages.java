package com.deadlinecost.service.deadline;

import com.deadlinecost.service.deadline.QueryProblem.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The items of a list operation's pages, read through the SDK's paginator but never forever: the SDK follows every
 * {@code nextToken} it is given, so a service that hands out the same token again would keep it reading.
 */
final class BoundedPages {
    /** A farm with more than this many pages of queues, fleets or members (100 each) is not a farm. */
    static final int MAX_PAGES = 1_000;

    private BoundedPages() {
    }

    static <R, T> List<T> items(Iterable<R> pages, Function<R, String> nextToken, Function<R, List<T>> itemsOf,
                                String what) {
        List<T> items = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        int count = 0;
        for (R page : pages) {
            List<T> pageItems = itemsOf.apply(page);
            if (pageItems != null) {
                items.addAll(pageItems);
            }
            String token = nextToken.apply(page);
            if (token != null && (!tokens.add(token) || ++count >= MAX_PAGES)) {
                throw new QueryProblem(Kind.MALFORMED_RESPONSE, "Deadline Cloud kept sending more pages of " + what
                    + " (" + count + " pages); the app stopped reading.", "Try again; if it keeps happening, send "
                    + "the log file with a bug report.", "repeated or endless nextToken", null);
            }
        }
        return items;
    }
}
