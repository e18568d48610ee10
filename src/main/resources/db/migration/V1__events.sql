-- V1: question events, feedback, and per-installation settings.
--
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Rules for later migrations:
-- no ';' or '--' inside string literals; put dialect-specific SQL in sqlite/ or postgresql/.
--
-- Times are epoch milliseconds (UTC) in BIGINT columns: SQLite has no timestamp type, and the
-- reports compute Asia/Shanghai day boundaries in Java, so the database never needs a time zone.
-- The event tables have no id column: no row is ever addressed on its own, and an
-- auto-increment key is spelt differently in each dialect.

CREATE TABLE question_event (
    occurred_at BIGINT           NOT NULL,
    chat_hash   VARCHAR(64)      NOT NULL,  -- HMAC-SHA256 of the chat id as hex, never the id itself
    question    TEXT             NOT NULL,  -- after PersonalData.mask(), at most 500 characters
    action      VARCHAR(16)      NOT NULL,  -- answer, clarify, fallback or smalltalk
    entry_id    VARCHAR(200),               -- the answered entry, else the closest candidate, else null
    confidence  DOUBLE PRECISION            -- of that entry, in [0,1]; null without an entry
);
CREATE INDEX question_event_time ON question_event (occurred_at);
CREATE INDEX question_event_action_time ON question_event (action, occurred_at);

CREATE TABLE feedback (
    occurred_at BIGINT       NOT NULL,
    chat_hash   VARCHAR(64)  NOT NULL,
    entry_id    VARCHAR(200) NOT NULL,
    helpful     BOOLEAN      NOT NULL   -- true for a thumbs-up
);
CREATE INDEX feedback_time ON feedback (occurred_at);

-- Holds the generated key that hashes chat ids (unless ID_HASH_KEY is set).
CREATE TABLE bot_setting (
    name  VARCHAR(100)  PRIMARY KEY,
    value VARCHAR(1000) NOT NULL
);
