"""PDF handouts: one reportlab renderer per document; core objects in, PDF bytes out. No Qt."""
