package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What two bot instances sharing one database rely on: an update is claimed by one of them, a
 * dead instance's open update is taken over by exactly one other, and an admin notice goes out
 * once. Each instance has its own connection, as separate processes would; subclasses supply
 * SQLite and PostgreSQL.
 */
abstract class InstanceClaimsContract {

    static final String UPDATE = "{\"update_id\":7}";

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    final List<Database> opened = new ArrayList<>();
    String url;
    UpdateClaims first;
    UpdateClaims second;

    abstract String createDatabase() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        url = createDatabase();
        first = new UpdateClaims(connect(), clock, "first");
        second = new UpdateClaims(connect(), clock, "second");
    }

    @AfterEach
    void close() throws Exception {
        opened.forEach(Database::close);
        dropDatabase();
    }

    Database connect() {
        Database database = Database.open(url);
        opened.add(database);
        return database;
    }

    @Test
    void anUpdateIsClaimedByTheFirstInstanceToReceiveIt() throws Exception {
        assertThat(first.receive(7, 42, UPDATE)).isTrue();
        assertThat(second.receive(7, 42, UPDATE)).isFalse();
        assertThat(first.receive(7, 42, UPDATE)).isFalse();
    }

    @Test
    void aLiveInstancesClaimsAreNotTakenOver() throws Exception {
        first.receive(7, 42, UPDATE);
        clock.advance(UpdateClaims.LEASE.minusSeconds(1));
        first.heartbeat();
        clock.advance(Duration.ofSeconds(2));

        assertThat(second.takeOverStale(10)).isEmpty();
    }

    @Test
    void aSilentInstancesOpenUpdateIsTakenOverOnceWithItsBody() throws Exception {
        first.receive(7, 42, UPDATE);
        first.receive(8, 43, "{\"update_id\":8}");
        first.answered(8);
        clock.advance(UpdateClaims.LEASE.plusSeconds(1));

        List<UpdateClaims.Claimed> taken = second.takeOverStale(10);
        UpdateClaims third = new UpdateClaims(connect(), clock, "third");

        assertThat(taken).containsExactly(new UpdateClaims.Claimed(7, 42, UPDATE));
        assertThat(third.takeOverStale(10)).isEmpty();
    }

    @Test
    void answeredUpdatesAreForgottenADayLaterButStillRecognisedUntilThen() throws Exception {
        first.receive(7, 42, UPDATE);
        first.answered(7);
        clock.advance(UpdateClaims.KEEP_ANSWERED.minusMinutes(1));
        assertThat(first.purgeAnswered()).isZero();
        assertThat(second.receive(7, 42, UPDATE)).isFalse();

        clock.advance(Duration.ofMinutes(2));
        assertThat(first.purgeAnswered()).isEqualTo(1);
    }

    @Test
    void aNoticeSeenByTwoInstancesIsSentOnceUntilItMayBeRepeated() throws Exception {
        AdminNotices one = new AdminNotices(connect(), clock);
        AdminNotices other = new AdminNotices(connect(), clock);

        assertThat(List.of(one.firstToSend("❌ 问答库修改有错误"), other.firstToSend("❌ 问答库修改有错误")))
                .containsExactlyInAnyOrder(true, false);
        assertThat(other.firstToSend("另一条通知")).isTrue();

        clock.advance(AdminNotices.REPEAT_AFTER.plusSeconds(1));
        assertThat(List.of(other.firstToSend("❌ 问答库修改有错误"), one.firstToSend("❌ 问答库修改有错误")))
                .containsExactly(true, false);
    }
}
