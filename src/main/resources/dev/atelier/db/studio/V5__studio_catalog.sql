-- The Studio catalog: collections, their items, attribute value counts for the filter menus, and a
-- full-text index (FTS5) over names, descriptions, trait values and exact attribute tokens.

CREATE TABLE collections (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    symbol           TEXT    NOT NULL DEFAULT '',
    standard         TEXT    NOT NULL CHECK (standard IN ('erc721', 'erc1155')),
    description      TEXT    NOT NULL DEFAULT '',
    cover_image      TEXT    NOT NULL DEFAULT '',
    external_link    TEXT    NOT NULL DEFAULT '',
    royalty_receiver TEXT    NOT NULL DEFAULT '',
    royalty_bps      INTEGER NOT NULL DEFAULT 0 CHECK (royalty_bps BETWEEN 0 AND 10000),
    network          TEXT    NOT NULL DEFAULT 'sandbox',
    profile          TEXT    NOT NULL DEFAULT 'opensea',
    -- Set by packaging and by minting (the chain capability): where the tokens live.
    contract_address TEXT    NOT NULL DEFAULT '',
    base_uri         TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    collection_id    INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    -- uint256 token id as a sort key: 2 hex digits of length + the hex digits (TokenId.key()).
    token_key        TEXT    NOT NULL,
    name             TEXT    NOT NULL DEFAULT '',
    description      TEXT    NOT NULL DEFAULT '',
    image            TEXT    NOT NULL DEFAULT '',
    animation_url    TEXT    NOT NULL DEFAULT '',
    external_url     TEXT    NOT NULL DEFAULT '',
    background_color TEXT    NOT NULL DEFAULT '',
    supply           INTEGER NOT NULL DEFAULT 1 CHECK (supply >= 0),
    attributes       TEXT    NOT NULL DEFAULT '[]',  -- JSON [[trait_type, value, display_type?, max_value?], ...]
    properties       TEXT    NOT NULL DEFAULT '[]',  -- JSON [[key, int|decimal|text|bool, value], ...]
    -- Minting state (the chain capability writes it): draft, minting, minted, failed.
    status           TEXT    NOT NULL DEFAULT 'draft',
    -- Cached validation verdict: ready, warnings, errors (recomputed on every save).
    verdict          TEXT    NOT NULL DEFAULT 'errors',
    updated_at       INTEGER NOT NULL,
    UNIQUE (collection_id, token_key)
);
CREATE INDEX items_by_name ON items(collection_id, name COLLATE NOCASE);
CREATE INDEX items_by_verdict ON items(collection_id, verdict);

-- How many items of a collection carry each attribute value: the filter menus. Kept in step with
-- the items by the catalog store (imports add their totals once at the end).
CREATE TABLE trait_counts (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    trait_type    TEXT    NOT NULL COLLATE NOCASE,
    value         TEXT    NOT NULL COLLATE NOCASE,
    items         INTEGER NOT NULL,
    PRIMARY KEY (collection_id, trait_type, value)
) WITHOUT ROWID;

-- Full-text search; rowid = items.id. Maintained by the catalog store in the same transaction.
-- "tags" holds one exact token per attribute value and one for the collection, so that text search
-- and attribute filters are a single FTS5 query instead of a scan of the attributes JSON.
-- detail=column: queries are prefix terms with column filters, so token positions are not kept.
CREATE VIRTUAL TABLE items_fts USING fts5(
    name, description, traits, tags,
    content = '', contentless_delete = 1, detail = column,
    tokenize = 'unicode61 remove_diacritics 2'
);
