-- V4: several bot instances on one database (webhook mode behind a load balancer).
--
-- telegram_update: every update a webhook delivered, claimed by the instance that received it.
-- The primary key makes the first insert win, so an update Telegram delivers twice (to the same
-- or another instance) is handled once. The body is kept until the update is answered so that,
-- if its instance dies first, another one takes the claim over when the lease runs out (no
-- heartbeat for UpdateClaims.LEASE) and answers it. Rows are deleted a day after the answer.
-- The body holds what the user wrote: it lives here only for that day, like Telegram's own queue.
CREATE TABLE telegram_update (
    update_id   BIGINT       PRIMARY KEY,
    body        TEXT         NOT NULL,  -- the update as Telegram sent it (JSON)
    chat_key    BIGINT       NOT NULL,  -- updates of one chat are answered in order
    received_at BIGINT       NOT NULL,
    claimed_by  VARCHAR(100) NOT NULL,  -- instance id: host name and a random suffix
    claimed_at  BIGINT       NOT NULL,  -- refreshed by the owner's heartbeat while unanswered
    answered_at BIGINT                  -- null until every reply to it has been sent or dropped
);
CREATE INDEX telegram_update_open ON telegram_update (answered_at, claimed_at);

-- admin_notice: a message to the admins that every instance would send (a corpus reload seen by
-- all of them) goes out once: the first instance to insert the notice's key sends it.
CREATE TABLE admin_notice (
    notice_key VARCHAR(64) PRIMARY KEY,  -- SHA-256 of the notice text, hex
    sent_at    BIGINT      NOT NULL
);
