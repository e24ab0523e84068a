package com.deadlinecost.ui.results;

import com.deadlinecost.model.row.CostRow;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows the table shows, kept sorted, read-only to everyone but {@link RowStore}. A sorted batch goes in with
 * one change: each row's place is found by binary search and the rows behind it move once (one array copy per
 * inserted row, none per comparison), so a page costs O(batch log n) comparisons and one change event, not a pass
 * over every row shown. Equal rows keep their arrival order, as a stable sort of all rows would.
 */
final class ShownRows extends ObservableListBase<CostRow> {
    private CostRow[] rows = new CostRow[16];
    private int size;

    @Override
    public CostRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " of " + size + " rows");
        }
        return rows[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Merges {@code batch}, sorted by {@code order}, into the rows (sorted by the same order); one change. */
    void merge(List<CostRow> batch, Comparator<? super CostRow> order) {
        int added = batch.size();
        if (added == 0) {
            return;
        }
        int[] places = new int[added];
        int low = 0;
        for (int index = 0; index < added; index++) {
            low = after(batch.get(index), order, low);
            places[index] = low;
        }
        if (size + added > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(size + added, rows.length + (rows.length >> 1)));
        }
        // From the back: the rows behind the last place move by the whole batch, those before it by one less...
        int end = size;
        for (int index = added - 1; index >= 0; index--) {
            int place = places[index];
            System.arraycopy(rows, place, rows, place + index + 1, end - place);
            rows[place + index] = batch.get(index);
            end = place;
        }
        size += added;
        beginChange();
        for (int index = 0; index < added; index++) {
            nextAdd(places[index] + index, places[index] + index + 1);
        }
        endChange();
    }

    /** Replaces every row with {@code sorted} (already in order); one change. */
    void replaceAll(Collection<CostRow> sorted) {
        List<CostRow> removed = List.of(Arrays.copyOf(rows, size));
        rows = sorted.toArray(new CostRow[Math.max(16, sorted.size())]);
        size = sorted.size();
        if (removed.isEmpty() && size == 0) {
            return;
        }
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** Sorts the rows by {@code order}, stable; one permutation change, so a table keeps its selection. */
    void reorder(Comparator<? super CostRow> order) {
        Integer[] before = new Integer[size];
        for (int index = 0; index < size; index++) {
            before[index] = index;
        }
        CostRow[] old = Arrays.copyOf(rows, size);
        Arrays.sort(before, (one, two) -> order.compare(old[one], old[two]));
        int[] permutation = new int[size];
        boolean moved = false;
        for (int index = 0; index < size; index++) {
            rows[index] = old[before[index]];
            permutation[before[index]] = index;
            moved |= before[index] != index;
        }
        if (!moved) {
            return;
        }
        beginChange();
        nextPermutation(0, size, permutation);
        endChange();
    }

    /** The first place in {@code [from, size)} whose row sorts after {@code row}: behind its equals. */
    private int after(CostRow row, Comparator<? super CostRow> order, int from) {
        int low = from;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(rows[middle], row) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
