-- a comment; with a semicolon
CREATE TABLE first_table (name VARCHAR(10));  -- trailing comment
INSERT INTO first_table (name) VALUES ('one');
