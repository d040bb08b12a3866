"""What is kept beside the built tables: the analysts' review database and the Parquet/DuckDB query layer."""
