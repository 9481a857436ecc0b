"""The PySide6 workbench. Everything here only draws and calls ``app`` services."""
