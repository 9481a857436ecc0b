"""Services: one session per user action, plain data in and out (see app.dto)."""

from app.services.workspace import Workspace

__all__ = ["Workspace"]
