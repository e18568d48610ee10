CREATE TABLE second_table (name VARCHAR(10));
