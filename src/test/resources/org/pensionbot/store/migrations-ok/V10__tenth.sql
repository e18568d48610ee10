CREATE TABLE tenth_table (name VARCHAR(10));
