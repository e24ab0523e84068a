package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.emulator.studio.StudioUser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.model.FarmMember;
import software.amazon.awssdk.services.deadline.model.FarmSummary;
import software.amazon.awssdk.services.deadline.model.FleetSummary;
import software.amazon.awssdk.services.deadline.model.GetFarmResponse;
import software.amazon.awssdk.services.deadline.model.GetFleetResponse;
import software.amazon.awssdk.services.deadline.model.GetQueueResponse;
import software.amazon.awssdk.services.deadline.model.MembershipLevel;
import software.amazon.awssdk.services.deadline.model.QueueSummary;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.ValidationException;
import software.amazon.awssdk.services.deadline.model.ValidationExceptionReason;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.DescribeUserResponse;

class ResourceRoutesTest extends SmallStudioServerTest {
    @Test
    void listFarmsReturnsEveryFarmWithIsoTimestamps() {
        List<FarmSummary> farms = deadline.listFarmsPaginator(request -> request.maxResults(1)).farms().stream()
            .collect(Collectors.toList());

        assertThat(farms).extracting(FarmSummary::displayName)
            .containsExactly("Harbor Lights Feature", "Tidewater Episodic", "Pipeline R&D");
        assertThat(farms.get(0).createdAt()).isBefore(TestStudios.NOW);
    }

    @Test
    void getFarmDescribesTheFarm() {
        GetFarmResponse response = deadline.getFarm(request -> request.farmId(farm.farmId()));

        assertThat(response.displayName()).isEqualTo(farm.displayName());
        assertThat(response.description()).contains("Grove");
    }

    @Test
    void listQueuesPagesThroughMoreThanTenQueues() {
        List<QueueSummary> queues = deadline.listQueuesPaginator(request -> request.farmId(farm.farmId())
            .maxResults(5)).queues().stream().collect(Collectors.toList());

        assertThat(queues).hasSizeGreaterThan(10);
        assertThat(queues).extracting(QueueSummary::queueId).doesNotHaveDuplicates()
            .containsExactlyElementsOf(TestStudios.queueIds(studio, farm.farmId()));
    }

    @Test
    void getQueueDescribesTheQueue() {
        String queueId = TestStudios.queueIds(studio, farm.farmId()).get(0);

        GetQueueResponse response = deadline.getQueue(request -> request.farmId(farm.farmId()).queueId(queueId));

        assertThat(response.displayName()).isEqualTo("Lighting");
        assertThat(response.farmId()).isEqualTo(farm.farmId());
    }

    @Test
    void listFleetsShowsInstanceTypesAndTheCustomerManagedFleet() {
        List<FleetSummary> fleets = deadline.listFleetsPaginator(request -> request.farmId(farm.farmId()))
            .fleets().stream().collect(Collectors.toList());

        assertThat(fleets).hasSizeGreaterThan(10);
        assertThat(fleets).filteredOn(fleet -> fleet.configuration().customerManaged() != null).hasSize(1);
        assertThat(fleets.get(0).configuration().serviceManagedEc2().instanceCapabilities().allowedInstanceTypes())
            .containsExactly("c6i.16xlarge");
    }

    @Test
    void getFleetDescribesTheFleet() {
        String fleetId = studio.fleets(farm.farmId()).get(8).fleetId();

        GetFleetResponse response = deadline.getFleet(request -> request.farmId(farm.farmId()).fleetId(fleetId));

        assertThat(response.displayName()).isEqualTo("GPU g5.4xlarge");
        assertThat(response.maxWorkerCount()).isPositive();
    }

    @Test
    void farmAndQueueMembersNameIdentityStoreUsers() {
        List<FarmMember> members = deadline.listFarmMembersPaginator(request -> request.farmId(farm.farmId()))
            .members().stream().collect(Collectors.toList());
        String queueId = TestStudios.queueIds(studio, farm.farmId()).get(1);

        assertThat(members).isNotEmpty();
        assertThat(members).allMatch(member -> member.identityStoreId().equals(studio.identityStoreId()));
        assertThat(members.get(0).membershipLevel()).isEqualTo(MembershipLevel.OWNER);
        assertThat(deadline.listQueueMembers(request -> request.farmId(farm.farmId()).queueId(queueId)).members())
            .hasSize(members.size()).allMatch(member -> member.queueId().equals(queueId));
    }

    @Test
    void describeUserTurnsAUserIdIntoNames() {
        StudioUser user = studio.users().get(3);
        try (IdentitystoreClient identityStore = EmulatorClients.identityStore(server.endpoint())) {
            DescribeUserResponse response = identityStore.describeUser(request -> request
                .identityStoreId(studio.identityStoreId()).userId(user.userId()));

            assertThat(response.userName()).isEqualTo(user.userName());
            assertThat(response.displayName()).isEqualTo(user.givenName() + " " + user.familyName());
            assertThat(response.name().familyName()).isEqualTo(user.familyName());
            assertThat(response.emails().get(0).value()).isEqualTo(user.email());
        }
    }

    @Test
    void describeUserOfAnUnknownUserRaisesTheIdentityStoresNotFound() {
        try (IdentitystoreClient identityStore = EmulatorClients.identityStore(server.endpoint())) {
            assertThatThrownBy(() -> identityStore.describeUser(request -> request
                .identityStoreId(studio.identityStoreId()).userId("0000000000-no-such-user")))
                .isInstanceOfSatisfying(
                    software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException.class,
                    error -> assertThat(error.resourceId()).isEqualTo("0000000000-no-such-user"));
        }
    }

    @Test
    void anUnknownFarmIsNotFound() {
        String missing = "farm-" + "0".repeat(32);

        assertThatThrownBy(() -> deadline.getFarm(request -> request.farmId(missing)))
            .isInstanceOfSatisfying(ResourceNotFoundException.class, error -> {
                assertThat(error.statusCode()).isEqualTo(404);
                assertThat(error.resourceId()).isEqualTo(missing);
                assertThat(error.resourceType()).isEqualTo("farm");
            });
    }

    @Test
    void aMalformedIdIsRejectedByTheServer() {
        assertThatThrownBy(() -> deadline.getQueue(request -> request.farmId(farm.farmId()).queueId("queue-XYZ")))
            .isInstanceOfSatisfying(ValidationException.class, error -> {
                assertThat(error.reason()).isEqualTo(ValidationExceptionReason.FIELD_VALIDATION_FAILED);
                assertThat(error.fieldList()).extracting(field -> field.name()).containsExactly("queueId");
            });
    }

    @Test
    void maxResultsOutsideOneToHundredIsRejected() {
        assertThatThrownBy(() -> deadline.listFarms(request -> request.maxResults(101)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("maxResults");
        assertThatThrownBy(() -> deadline.listFarms(request -> request.maxResults(0)))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void aGarbageListTokenIsRejected() {
        assertThatThrownBy(() -> deadline.listFleets(request -> request.farmId(farm.farmId()).nextToken("garbage")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("nextToken");
    }

    @Test
    void aListTokenOfAnotherListIsRejected() {
        String queuesToken = deadline.listQueues(request -> request.farmId(farm.farmId()).maxResults(2)).nextToken();

        assertThatThrownBy(() -> deadline.listFleets(request -> request.farmId(farm.farmId()).nextToken(queuesToken)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("different request");
    }
}
