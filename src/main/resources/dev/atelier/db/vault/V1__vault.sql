-- Vault format v1 (docs/security.md). Secrets are sealed with AES-256-GCM under the master key;
-- the master key is wrapped under an Argon2id key from the passphrase. Nothing here is plaintext
-- key material: addresses, labels, paths and timestamps are public metadata.

CREATE TABLE vault_header (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    format          INTEGER NOT NULL,
    kdf             TEXT    NOT NULL,
    kdf_version     INTEGER NOT NULL,
    kdf_memory_kib  INTEGER NOT NULL,
    kdf_iterations  INTEGER NOT NULL,
    kdf_parallelism INTEGER NOT NULL,
    kdf_check       BLOB    NOT NULL,   -- SHA-256 of the KDF fields (first 16 bytes): names accidental damage
    salt            BLOB    NOT NULL,
    salt_check      BLOB    NOT NULL,
    wrapped_key     BLOB    NOT NULL,   -- nonce || AES-256-GCM(master key) || tag, AAD = header fields
    wrapped_check   BLOB    NOT NULL,
    created_at      TEXT    NOT NULL,
    passphrase_changed_at TEXT
);

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE hd_wallet (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    label             TEXT    NOT NULL,
    word_count        INTEGER NOT NULL,
    sealed_mnemonic   BLOB    NOT NULL,  -- canonical words, NFKD UTF-8; AAD binds the wallet id
    sealed_passphrase BLOB    NOT NULL,  -- BIP-39 passphrase (sealed even when empty)
    next_index        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT    NOT NULL
);

CREATE TABLE account (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    address    TEXT    NOT NULL UNIQUE,  -- 0x + 40 lowercase hex
    kind       TEXT    NOT NULL CHECK (kind IN ('HD', 'IMPORTED', 'WATCH_ONLY', 'SANDBOX')),
    label      TEXT    NOT NULL,
    wallet_id  INTEGER REFERENCES hd_wallet(id),
    path       TEXT,
    sealed_key BLOB    NOT NULL,         -- private key; for watch-only an empty value (an integrity tag)
    created_at TEXT    NOT NULL
);

CREATE TABLE named_secret (
    name         TEXT PRIMARY KEY,
    sealed_value BLOB NOT NULL,
    updated_at   TEXT NOT NULL
);
