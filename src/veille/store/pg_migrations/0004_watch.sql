-- What `veille watch` remembers between rounds and runs, the twin of migrations/0005_watch.sql.

CREATE TABLE watch_feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked TEXT NOT NULL
);

CREATE TABLE watch_entries (
    url TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    done BOOLEAN NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT,
    last_tried TEXT NOT NULL
);
