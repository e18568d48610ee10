-- V2: yearly certification reminders (org.pensionbot.remind).
--
-- Portable SQL: runs unchanged on SQLite and PostgreSQL (same rules as V1: no ';' or '--' inside
-- string literals). Times are epoch milliseconds (UTC); months are yyyymm integers (202611). The
-- due times are computed in Java in Asia/Shanghai, so the database never needs a time zone.
--
-- Unlike the event tables, this table keeps the REAL Telegram chat id: a reminder has to be sent
-- to that chat months later, and a pseudonym cannot be sent to. It is necessary data, kept only
-- while the user wants reminders: /remind off deletes every row of the chat, and rows of a chat
-- that blocked the bot are deleted after a grace period. Code never logs it in full.

CREATE TABLE reminder (
    id              BIGINT      PRIMARY KEY,  -- random positive id, generated in Java, also in button data
    chat_id         BIGINT      NOT NULL,     -- the real Telegram chat id (see above)
    slot            SMALLINT    NOT NULL,     -- 1 to ReminderStore.MAX_PER_CHAT: position in the list
    label           VARCHAR(40) NOT NULL,     -- who it is for: 我自己, 妈妈 or a typed name, sanitised, at most 10 characters
    for_self        BOOLEAN     NOT NULL,     -- true for 我自己: picks the how-to entry shown with the reminder
    certified_month INTEGER     NOT NULL,     -- the last certification month the cycle counts from
    month_known     BOOLEAN     NOT NULL,     -- true when the user gave that month (a month button, 我已认证);
                                              -- false when counted from 不记得了 or carried on unconfirmed
    stage           VARCHAR(8)  NOT NULL,     -- which reminder is next: first or second
    next_due_at     BIGINT      NOT NULL,     -- when the next reminder is due
    version         INTEGER     NOT NULL,     -- bumped by every change; a scheduler claims a due reminder
                                              -- with UPDATE ... WHERE version = the one it read
    inactive_since  BIGINT,                   -- set when Telegram answered 403 (bot blocked); null = active
    created_at      BIGINT      NOT NULL,
    updated_at      BIGINT      NOT NULL,
    -- Slots keep a chat at MAX_PER_CHAT reminders even if two writers race; labels keep a double
    -- tap on the same button from creating the same reminder twice.
    CONSTRAINT reminder_chat_slot UNIQUE (chat_id, slot),
    CONSTRAINT reminder_chat_label UNIQUE (chat_id, label)
);
CREATE INDEX reminder_due ON reminder (next_due_at);
