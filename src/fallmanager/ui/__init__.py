"""The desktop application (PySide6 Qt Widgets): views, dialogs, the worker, lock."""
