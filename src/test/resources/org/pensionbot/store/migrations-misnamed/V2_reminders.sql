CREATE TABLE reminders (x INTEGER);
