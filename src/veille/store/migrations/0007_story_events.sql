-- The past days each story's articles date events on (the keys of its state's "events"), one row each,
-- so the linker's recall (link/stories.py: a later article dating the same past event) reads one index
-- range per day instead of every recent story's JSON state: its cost no longer grows with the store.
-- Kept in step with the state by story_save (store/links_common.py); an existing store is filled here.
CREATE TABLE story_events (
    day TEXT NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories(story_id),
    PRIMARY KEY (day, story_id)
) WITHOUT ROWID;
CREATE INDEX story_events_story ON story_events (story_id);
INSERT INTO story_events (day, story_id)
    SELECT DISTINCT e.key, s.story_id FROM stories s, json_each(s.state, '$.events') e;
