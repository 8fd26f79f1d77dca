"""The Qt Widgets user interface: a thin face over the operations layer."""
