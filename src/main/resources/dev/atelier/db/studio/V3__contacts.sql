-- The address book (signer issue): names for addresses, shown in reviews and used to spot look-alikes.
CREATE TABLE contacts (
    address    TEXT PRIMARY KEY CHECK (length(address) = 42 AND address = lower(address)),
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 64),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
