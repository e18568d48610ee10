CREATE TABLE second_table_pg (name VARCHAR(10));
