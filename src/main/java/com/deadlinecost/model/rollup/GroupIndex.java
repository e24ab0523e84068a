package com.deadlinecost.model.rollup;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.GroupKey;
import com.deadlinecost.model.row.GroupKeyPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the output groups of a regroup: each row's key is projected onto the kept fields once per
 * distinct key, and consecutive rows of the same group skip even the map lookup.
 */
final class GroupIndex {

    private final Set<GroupField> keep;
    private final GroupKeyPool pool = new GroupKeyPool();
    private final Map<GroupKey, Integer> bySourceKey = new HashMap<>();
    private final Map<GroupKey, Integer> byProjectedKey = new HashMap<>();
    private final List<GroupKey> groups = new ArrayList<>();
    private GroupKey lastSource;
    private int lastIndex;

    GroupIndex(Set<GroupField> keep) {
        this.keep = keep;
    }

    int indexOf(GroupKey source) {
        if (source == lastSource) {
            return lastIndex;
        }
        Integer index = bySourceKey.get(source);
        if (index == null) {
            GroupKey projected = pool.intern(source.project(keep));
            index = byProjectedKey.computeIfAbsent(projected, key -> {
                groups.add(key);
                return groups.size() - 1;
            });
            bySourceKey.put(source, index);
        }
        lastSource = source;
        lastIndex = index;
        return lastIndex;
    }

    int size() {
        return groups.size();
    }

    GroupKey group(int index) {
        return groups.get(index);
    }
}
