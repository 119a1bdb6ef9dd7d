"""What ``veille check`` asks of a store: the database's own checks, then veille's invariants.

The invariants are what an ingest must leave behind whatever happened to it (a crash, a
failed batch, two writers): every link row (near-duplicate entry, story member) and every
``duplicate_of`` names a stored article, a story counts the members it has, a site line is
counted on no more pages than its site has, and the search index holds each article once.
They are plain SELECTs over the columns both schemas share, so one list serves SQLite and
PostgreSQL; each returns the keys of the rows at fault. Site pages are keyed by content
fingerprint and count pages read, rejected ones included, so they name no article to check.
The view tables are derived data rebuilt whenever stale; they are checked only when current.
"""
from __future__ import annotations

from veille.store.dialect import Connection
from veille.store.view_stamp import views_are_current

_SAMPLE = 5

#: (what is wrong, the query listing the keys of the rows at fault)
INVARIANTS: tuple[tuple[str, str], ...] = (
    ("article id stored more than once",
     "SELECT id FROM articles GROUP BY id HAVING count(*) > 1"),
    ("article whose current version is not recorded",
     "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v"
     " WHERE v.article_id = a.id AND v.version = a.version)"),
    ("article whose fingerprint is not recorded",
     "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM fingerprints f"
     " WHERE f.fingerprint = a.fingerprint AND f.article_id = a.id)"),
    ("duplicate_of names an article that is not stored",
     "SELECT id FROM articles WHERE duplicate_of IS NOT NULL AND duplicate_of NOT IN (SELECT id FROM articles)"),
    ("near-duplicate entry for an article that is not stored",
     "SELECT article_id FROM dup_docs WHERE article_id NOT IN (SELECT id FROM articles)"),
    ("near-duplicate group whose original is not stored",
     "SELECT article_id FROM dup_docs WHERE root_id NOT IN (SELECT id FROM articles)"),
    ("duplicate_of disagrees with the near-duplicate index",
     "SELECT a.id FROM articles a JOIN dup_docs d ON d.article_id = a.id WHERE coalesce(a.duplicate_of, a.id)"
     " <> d.root_id"),
    ("story member that is not a stored article",
     "SELECT article_id FROM story_members WHERE article_id NOT IN (SELECT id FROM articles)"),
    ("story member of a story that is not stored",
     "SELECT article_id FROM story_members WHERE story_id NOT IN (SELECT story_id FROM stories)"),
    ("article whose story_id disagrees with its story membership",
     "SELECT a.id FROM articles a LEFT JOIN story_members m ON m.article_id = a.id"
     " WHERE (a.story_id IS NOT NULL OR m.article_id IS NOT NULL)"
     " AND coalesce(a.story_id, '') <> coalesce(m.story_id, '')"),
    ("story whose article count differs from its members",
     "SELECT s.story_id FROM stories s LEFT JOIN (SELECT story_id, count(*) AS n FROM story_members"
     " GROUP BY story_id) m ON m.story_id = s.story_id WHERE coalesce(m.n, 0) <> s.article_count"),
    ("site line counted on more pages than its site has",
     "SELECT l.site || ' ' || l.line_hash FROM site_lines l LEFT JOIN (SELECT site, count(*) AS n FROM site_pages"
     " GROUP BY site) p ON p.site = l.site WHERE l.pages < 1 OR l.pages > coalesce(p.n, 0)"),
)

#: Over the view tables, when they are current (sqlite_view_index / postgres_view_index).
VIEW_INVARIANTS: tuple[tuple[str, str], ...] = (
    ("view row for an article that is not stored",
     "SELECT v.id FROM view_articles v"
     " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = v.seq AND a.id = v.id)"),
    ("quote in the view tables of an article that is not stored",
     "SELECT DISTINCT q.seq FROM view_quotes q WHERE q.seq NOT IN (SELECT seq FROM articles)"),
    ("entity in the view tables of an article that is not stored",
     "SELECT DISTINCT e.seq FROM view_entities e WHERE e.seq NOT IN (SELECT seq FROM articles)"),
)

#: The SQLite full-text index (contentless FTS5, rowid = articles.seq).
SQLITE_SEARCH_INVARIANTS: tuple[tuple[str, str], ...] = (
    ("search index row for an article that is not stored",
     "SELECT rowid FROM article_fts WHERE rowid NOT IN (SELECT seq FROM articles)"),
    ("article missing from the search index",
     "SELECT id FROM articles WHERE seq NOT IN (SELECT rowid FROM article_fts)"),
    ("search index rows and articles differ in number",
     "SELECT n_fts || ' rows for ' || n_articles || ' articles' FROM (SELECT (SELECT count(*) FROM article_fts)"
     " AS n_fts, (SELECT count(*) FROM articles) AS n_articles) c WHERE n_fts <> n_articles"),
)


def veille_problems(conn: Connection, backend_checks: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The invariants, the backend's own (its search index), and the view tables' when they are current."""
    views = VIEW_INVARIANTS if views_are_current(conn) else ()
    return find_problems(conn, INVARIANTS + backend_checks + views)


def find_problems(conn: Connection, checks: tuple[tuple[str, str], ...]) -> list[str]:
    """Run each check; a failing one becomes one line: what, how many, and a few keys to look at."""
    problems = []
    for what, sql in checks:
        keys = [str(row[0]) for row in conn.execute(sql).fetchall()]
        if keys:
            sample = ", ".join(keys[:_SAMPLE]) + (", …" if len(keys) > _SAMPLE else "")
            problems.append(f"{what}: {len(keys)} ({sample})")
    return problems


def sqlite_problems(conn: Connection) -> list[str]:
    """``PRAGMA integrity_check`` (pages, indexes, constraints) and ``foreign_key_check``."""
    problems = [f"integrity_check: {row[0]}" for row in conn.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"]
    problems += [f"foreign key: {table} row {rowid} -> {parent} (constraint {fk})"
                 for table, rowid, parent, fk in conn.execute("PRAGMA foreign_key_check").fetchall()]
    return problems


def postgres_problems(conn: Connection) -> list[str]:
    """PostgreSQL enforces its constraints itself; what it can leave behind is an index left invalid."""
    rows = conn.execute("SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                        " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        " WHERE n.nspname = current_schema() AND NOT i.indisvalid").fetchall()
    return [f"invalid index: {name}" for (name,) in rows]
