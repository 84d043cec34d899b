-- Preferences: theme, UI scale, window bounds, selected network, auto-lock minutes, ...
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
