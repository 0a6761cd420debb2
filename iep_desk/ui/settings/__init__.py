"""The pages of the Settings dialog, one module per page (each with TITLE and Page(desk))."""
