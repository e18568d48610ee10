-- a comment; with a semicolon
CREATE TABLE first_table (name VARCHAR(20));  -- trailing comment
INSERT INTO first_table (name) VALUES ('one; -- two');
