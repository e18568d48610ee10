-- V5: which channel a question or a rating came from (telegram, web, terminal), so that the
-- admins' statistics and /unanswered can tell the web chat page from Telegram.
--
-- Portable SQL (SQLite and PostgreSQL). Rows written before this migration all came from Telegram.

ALTER TABLE question_event ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'telegram';
ALTER TABLE feedback ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'telegram';
