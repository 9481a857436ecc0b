"""Storage: SQLAlchemy models, engine/session setup and Alembic migrations (no Qt here)."""
