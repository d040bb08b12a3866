"""What a dashboard screen shows, as DataFrames and strings built from the tables: one module per screen."""
