-- Site boilerplate learning: on how many distinct pages of a site each line (by hash) occurs.
-- site_pages makes counting idempotent: a page already counted is not counted again.

CREATE TABLE site_pages (
    site TEXT NOT NULL,
    page TEXT NOT NULL,
    PRIMARY KEY (site, page)
) WITHOUT ROWID;

CREATE TABLE site_lines (
    site TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    pages INTEGER NOT NULL,
    PRIMARY KEY (site, line_hash)
) WITHOUT ROWID;
