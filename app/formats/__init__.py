"""Readers and writers of corpus formats. Readers yield SourceRecords; writers take DocumentData."""
