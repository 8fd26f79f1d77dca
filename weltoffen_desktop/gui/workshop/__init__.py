"""The Workshop page: its views and the undoable edits they make."""
