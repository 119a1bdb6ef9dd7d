-- The twin of migrations/0007_story_events.sql: the past days each story's articles date events on,
-- one row each, so the linker's event recall reads an index instead of every recent story's JSONB state.
CREATE TABLE story_events (
    day TEXT COLLATE "C" NOT NULL,
    story_id TEXT NOT NULL REFERENCES stories(story_id),
    PRIMARY KEY (day, story_id)
);
CREATE INDEX story_events_story ON story_events (story_id);
INSERT INTO story_events (day, story_id)
    SELECT DISTINCT e.day, s.story_id FROM stories s
    CROSS JOIN LATERAL jsonb_object_keys(CASE jsonb_typeof(s.state->'events')
                                         WHEN 'object' THEN s.state->'events' ELSE '{}'::jsonb END) AS e(day);
