"""Assistance: rules that propose spans (figures, claims) for the annotator to confirm. Qt-free."""
