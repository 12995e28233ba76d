"""Bulk import of enterprises from the CSV the directory downloads: read (files), check each row
against the database (rows), then write them in batches (batches)."""
