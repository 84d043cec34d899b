-- Chains: custom networks and the persisted transaction queue (issue 7).

-- Networks the user added. Presets live in code (NetworkPresets) and are never stored here.
-- An RPC URL that embeds an API key is kept in the vault: rpc_url is then '' and rpc_secret names
-- the vault secret that holds it.
CREATE TABLE networks (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    chain_id     INTEGER NOT NULL CHECK (chain_id > 0),
    currency     TEXT NOT NULL,
    rpc_url      TEXT NOT NULL,
    rpc_secret   TEXT,
    explorer_url TEXT NOT NULL DEFAULT '',
    testnet      INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);

-- Every transaction Atelier broadcasts is written here first (status 'queued'), so a crash or a
-- dead node loses nothing; the signed bytes are fixed, so re-broadcasting can never create a
-- second transaction. Statuses: queued (written, not yet accepted by a node), pending (a node
-- accepted it), mined (receipt status 1), reverted (receipt status 0), replaced (another of our
-- transactions with the same nonce was mined), dropped (the nonce was used by a transaction we do
-- not know).
CREATE TABLE tx_queue (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    network_id          TEXT NOT NULL,
    chain_id            INTEGER NOT NULL,
    hash                TEXT NOT NULL,
    from_address        TEXT NOT NULL,
    nonce               INTEGER NOT NULL,
    to_address          TEXT,
    value_wei           TEXT NOT NULL,
    raw                 TEXT NOT NULL,
    label               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('queued', 'pending', 'mined', 'reverted', 'replaced', 'dropped')),
    replaces_id         INTEGER REFERENCES tx_queue(id),
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    block_number        INTEGER,
    gas_used            TEXT,
    effective_gas_price TEXT,
    contract_address    TEXT,
    -- when (ms, head block) the node first reported this nonce used without a receipt for us: a
    -- transaction is only called dropped once that has held for a while (receipts can lag the nonce)
    nonce_gone_at       INTEGER,
    nonce_gone_block    INTEGER,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER,
    mined_at            INTEGER,
    UNIQUE (chain_id, hash)
);
CREATE INDEX tx_queue_by_status ON tx_queue(status, chain_id);
CREATE INDEX tx_queue_by_sender ON tx_queue(chain_id, from_address, nonce);
