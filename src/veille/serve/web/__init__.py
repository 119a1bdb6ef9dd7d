"""Server-rendered pages: Jinja2 templates, static CSS, SVG charts drawn on the server."""
