"""Rendering shared by the site and the PDF: formatting, Markdown, charts, the Jinja environment."""
