-- Custom budget profiles a studio defines on the Assets screen (built-in ones live in code).
-- definition: JSON {"description": "...", "limits": [{"metric": "TRIANGLES", "max": 15000, "allowed": []}]}
CREATE TABLE budget_profiles (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
