package com.deadlinecost.model.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.query.GroupField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupKeyTest {

    @Test
    void poolHandsOutOneObjectPerDistinctGroup() {
        GroupKeyPool pool = new GroupKeyPool();
        Map<GroupKey, Boolean> distinctObjects = new IdentityHashMap<>();

        for (int row = 0; row < 100_000; row++) {
            String queue = new String("queue-" + row % 20);
            String user = new String("user-" + row % 15);
            distinctObjects.put(pool.key(GroupField.QUEUE_ID, queue, GroupField.USER_ID, user), Boolean.TRUE);
        }

        assertThat(distinctObjects).hasSize(60);
        assertThat(pool.size()).isEqualTo(60);
    }

    @Test
    void poolReturnsTheFirstKeySeenForEqualKeys() {
        GroupKeyPool pool = new GroupKeyPool();
        GroupKey first = pool.key(GroupField.QUEUE_ID, "queue-1");

        assertThat(pool.intern(GroupKey.of(GroupField.QUEUE_ID, "queue-1"))).isSameAs(first);
    }

    @Test
    void fieldOrderDoesNotChangeTheKey() {
        GroupKey queueThenUser = GroupKey.of(GroupField.QUEUE_ID, "q", GroupField.USER_ID, "u");
        GroupKey userThenQueue = GroupKey.of(GroupField.USER_ID, "u", GroupField.QUEUE_ID, "q");

        assertThat(queueThenUser).isEqualTo(userThenQueue).hasSameHashCodeAs(userThenQueue);
        assertThat(userThenQueue.fields()).containsExactly(GroupField.QUEUE_ID, GroupField.USER_ID);
    }

    @Test
    void sameFieldTwiceIsRejected() {
        assertThatThrownBy(() -> GroupKey.of(GroupField.USER_ID, "a", GroupField.USER_ID, "b"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absentValueIsEmptyNotBlank() {
        GroupKey key = GroupKey.of(GroupField.USAGE_TYPE, "LICENSE", GroupField.INSTANCE_TYPE, null);

        assertThat(key.value(GroupField.INSTANCE_TYPE)).isEmpty();
        assertThat(key.value(GroupField.USAGE_TYPE)).contains("LICENSE");
        assertThat(key.value(GroupField.QUEUE_ID)).isEmpty();
    }

    @Test
    void projectionKeepsOnlyTheChosenFields() {
        GroupKey key = GroupKey.of(GroupField.QUEUE_ID, "q", GroupField.USER_ID, "u");

        assertThat(key.project(EnumSet.of(GroupField.QUEUE_ID))).isEqualTo(GroupKey.of(GroupField.QUEUE_ID, "q"));
        assertThat(key.project(EnumSet.of(GroupField.USER_ID))).isEqualTo(GroupKey.of(GroupField.USER_ID, "u"));
        assertThat(key.project(EnumSet.noneOf(GroupField.class))).isSameAs(GroupKey.NONE);
    }

    @Test
    void jobNameTravelsWithTheJobIdButIsNotPartOfTheIdentity() {
        GroupKey named = GroupKey.of(GroupField.JOB_ID, "job-1", GroupField.USER_ID, "u").withJobName("Shot 010");

        assertThat(named).isEqualTo(GroupKey.of(GroupField.JOB_ID, "job-1", GroupField.USER_ID, "u"));
        assertThat(named.project(EnumSet.of(GroupField.JOB_ID)).jobName()).contains("Shot 010");
        assertThat(named.project(EnumSet.of(GroupField.USER_ID)).jobName()).isEmpty();
    }

    @Test
    void jobNameOnAKeyWithoutJobIsRejected() {
        assertThatThrownBy(() -> GroupKey.of(GroupField.QUEUE_ID, "q").withJobName("x"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketPoolHandsOutOneObjectPerDistinctBucket() {
        BucketPool pool = new BucketPool();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");

        Bucket first = pool.bucket(start, start.plusSeconds(3600));

        assertThat(pool.bucket(Instant.parse("2025-01-01T00:00:00Z"), start.plusSeconds(3600)))
            .isSameAs(first);
    }
}
