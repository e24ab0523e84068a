package com.deadlinecost.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.service.connection.AwsProfiles.ProfileSummary;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.QueryProblem;
import com.deadlinecost.ui.common.InlineTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionViewModelTest {
    private final List<ConnectionTarget> opened = new ArrayList<>();

    private DeadlineGateway refuse(ConnectionTarget target) {
        opened.add(target);
        throw new QueryProblem(QueryProblem.Kind.SIGN_IN_REQUIRED, "Your AWS sign-in has expired.",
            "Run 'aws sso login --profile studio', then press Retry.", "", null);
    }

    @Test
    void aSavedProfileConnectsOnceTheProfilesHaveBeenRead() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        ConnectionViewModel connection = new ConnectionViewModel(this::refuse, runner,
            () -> List.of(new ProfileSummary("studio", Optional.of("eu-west-1"), true)));

        connection.select(ConnectionTarget.profile("studio", "eu-west-1"));
        connection.connect();
        assertThat(connection.stateProperty().get()).isEqualTo("Reading AWS profiles…");
        while (runner.runNext()) {
            assertThat(opened).hasSizeLessThanOrEqualTo(1);
        }

        assertThat(opened).containsExactly(ConnectionTarget.profile("studio", "eu-west-1"));
        assertThat(connection.choiceProperty().get().profile()).isEqualTo("studio");
    }

    @Test
    void aFailedConnectionKeepsItsAdviceAndCanBeRetried() {
        ConnectionViewModel connection = new ConnectionViewModel(this::refuse, InlineTaskRunner.immediate(),
            () -> List.of(new ProfileSummary("studio", Optional.of("eu-west-1"), true)));
        connection.select(ConnectionTarget.profile("studio", "eu-west-1"));

        connection.connect();
        connection.connect();

        assertThat(opened).hasSize(2);
        assertThat(connection.problemProperty().get().advice()).contains("aws sso login --profile studio");
        assertThat(connection.stateProperty().get()).startsWith("Not connected: Your AWS sign-in has expired");
        assertThat(connection.gatewayProperty().get()).isNull();
    }
}
