CREATE TABLE dialect_only (name VARCHAR(10));
