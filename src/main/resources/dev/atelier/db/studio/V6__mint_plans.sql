-- Mint plans (issue 7): which items of a collection go to which address, in which batch, and where
-- each stands (planned -> signed -> sent -> confirmed, or failed). A batch's signed transaction is a
-- tx_queue row written in the same transaction as the batch, so a resumed plan re-broadcasts the
-- same bytes and can never mint an item twice.
CREATE TABLE mint_plans (
    id            INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    network_id    TEXT    NOT NULL,
    chain_id      INTEGER NOT NULL,
    contract      TEXT    NOT NULL,
    standard      TEXT    NOT NULL CHECK (standard IN ('erc721', 'erc1155')),
    sender        TEXT    NOT NULL,
    recipient     TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('planned', 'running', 'paused', 'done', 'failed')),
    created_at    INTEGER NOT NULL
);

CREATE TABLE mint_plan_items (
    plan_id   INTEGER NOT NULL REFERENCES mint_plans(id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL,
    token_hex TEXT    NOT NULL CHECK (length(token_hex) = 64),
    amount    TEXT    NOT NULL,
    uri       TEXT    NOT NULL,
    batch_no  INTEGER,
    -- exported: in a batch of a signing request for an air-gapped signer, waiting for its response
    status    TEXT    NOT NULL CHECK (status IN ('planned', 'exported', 'signed', 'sent', 'confirmed', 'failed')),
    PRIMARY KEY (plan_id, item_id)
) WITHOUT ROWID;
CREATE INDEX mint_plan_items_by_status ON mint_plan_items(plan_id, status, token_hex);

CREATE TABLE mint_plan_batches (
    plan_id  INTEGER NOT NULL REFERENCES mint_plans(id) ON DELETE CASCADE,
    batch_no INTEGER NOT NULL,
    tx_id    INTEGER NOT NULL REFERENCES tx_queue(id),
    PRIMARY KEY (plan_id, batch_no)
) WITHOUT ROWID;

-- Batches exported as a signing request (air-gapped flow): the nonce each was planned with and the
-- hash of the calldata the response must carry, so a response is only accepted for what was asked.
CREATE TABLE mint_exports (
    plan_id        INTEGER NOT NULL REFERENCES mint_plans(id) ON DELETE CASCADE,
    batch_no       INTEGER NOT NULL,
    request_digest TEXT    NOT NULL,
    nonce          INTEGER NOT NULL,
    data_hash      TEXT    NOT NULL,
    PRIMARY KEY (plan_id, batch_no)
) WITHOUT ROWID;
CREATE INDEX mint_exports_by_digest ON mint_exports(request_digest);

-- Tokens read back from the chain (Transfer / TransferSingle / TransferBatch logs, paged
-- eth_getLogs): every movement of a deployed collection's tokens, and the holdings they add up to.
-- Read incrementally from token_scans.scanned_to + 1; a different contract or network starts over.
CREATE TABLE token_scans (
    collection_id INTEGER PRIMARY KEY REFERENCES collections(id) ON DELETE CASCADE,
    network_id    TEXT    NOT NULL,
    contract      TEXT    NOT NULL,
    scanned_to    INTEGER NOT NULL,
    scanned_at    INTEGER NOT NULL
);

CREATE TABLE token_holdings (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    token_hex     TEXT    NOT NULL CHECK (length(token_hex) = 64),
    holder        TEXT    NOT NULL,
    amount        TEXT    NOT NULL,
    PRIMARY KEY (collection_id, token_hex, holder)
) WITHOUT ROWID;

CREATE TABLE token_movements (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    block         INTEGER NOT NULL,
    log_index     INTEGER NOT NULL,
    seq           INTEGER NOT NULL, -- position inside a TransferBatch
    tx_hash       TEXT    NOT NULL,
    from_address  TEXT    NOT NULL,
    to_address    TEXT    NOT NULL,
    token_hex     TEXT    NOT NULL CHECK (length(token_hex) = 64),
    amount        TEXT    NOT NULL,
    PRIMARY KEY (collection_id, block, log_index, seq)
) WITHOUT ROWID;
CREATE INDEX token_movements_recent ON token_movements(block DESC);
