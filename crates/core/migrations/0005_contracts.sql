-- Step 5 of the guideline: production and purchase contracts between producer groups
-- and a buyer, their versions (amendments keep the old text), their status history,
-- and the deliveries and payments against them (step 6's supply monitoring).

-- number: the office's reference, e.g. 0406-2026-003. Status is stored, its history in
-- contract_events. current_version points at the text in force.
CREATE TABLE contracts (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE,
    buyer_id        TEXT NOT NULL REFERENCES buyers(id),
    product_id      TEXT NOT NULL REFERENCES products(id),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'active', 'completed', 'terminated', 'breached')),
    current_version INTEGER NOT NULL,
    signed_on       TEXT,
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX contracts_by_status ON contracts(status);
CREATE INDEX contracts_by_buyer ON contracts(buyer_id);
CREATE INDEX contracts_by_product ON contracts(product_id);

-- One group, or the groups of one cluster selling together.
CREATE TABLE contract_groups (
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    group_id    TEXT NOT NULL REFERENCES producer_groups(id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (contract_id, group_id)
) WITHOUT ROWID;
CREATE INDEX contract_groups_by_group ON contract_groups(group_id);

-- The terms of one version. A draft is rewritten in place; once signed, every change is
-- a new version with its reason. Quantities in the product's unit; money in integer
-- units of the currency (riel, or US cents).
CREATE TABLE contract_versions (
    contract_id            TEXT NOT NULL REFERENCES contracts(id),
    version                INTEGER NOT NULL,
    written_at             TEXT NOT NULL,
    reason                 TEXT NOT NULL DEFAULT '',
    group_rep_name         TEXT NOT NULL DEFAULT '',
    group_rep_id_number    TEXT NOT NULL DEFAULT '',
    group_rep_role         TEXT NOT NULL DEFAULT '',
    buyer_rep_name         TEXT NOT NULL DEFAULT '',
    buyer_rep_id_number    TEXT NOT NULL DEFAULT '',
    buyer_rep_role         TEXT NOT NULL DEFAULT '',
    facilitator_pdaff      TEXT NOT NULL DEFAULT '',
    facilitator_me         TEXT NOT NULL DEFAULT '',
    variety                TEXT NOT NULL DEFAULT '',
    total_quantity         REAL,
    quantity_per_delivery  REAL,
    delivery_frequency     TEXT,
    quality_standards      TEXT NOT NULL DEFAULT '',
    price_mechanism        TEXT,
    currency               TEXT,
    price                  INTEGER,
    market_reference       TEXT NOT NULL DEFAULT '',
    delivery_schedule      TEXT NOT NULL DEFAULT '',
    delivery_place         TEXT NOT NULL DEFAULT '',
    packaging              TEXT NOT NULL DEFAULT '',
    transport              TEXT,
    payment_method         TEXT,
    payment_days           INTEGER,
    buyer_support          TEXT NOT NULL DEFAULT '',
    repayment_terms        TEXT NOT NULL DEFAULT '',
    starts_on              TEXT NOT NULL DEFAULT '',
    ends_on                TEXT NOT NULL DEFAULT '',
    witness_commune        TEXT NOT NULL DEFAULT '',
    witness_official       TEXT NOT NULL DEFAULT '',
    copies                 INTEGER,
    copy_holders           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contract_id, version)
) WITHOUT ROWID;

-- Grades of the produce, with their price when the price is per grade.
CREATE TABLE contract_grades (
    contract_id TEXT NOT NULL,
    version     INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    grade       TEXT NOT NULL,
    description TEXT NOT NULL,
    price       INTEGER,
    PRIMARY KEY (contract_id, version, position),
    FOREIGN KEY (contract_id, version) REFERENCES contract_versions(contract_id, version)
) WITHOUT ROWID;

-- The clause texts the officers edit (obligations, force majeure, breach, disputes …).
CREATE TABLE contract_clauses (
    contract_id TEXT NOT NULL,
    version     INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    clause      TEXT NOT NULL,
    title_km    TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    text_km     TEXT NOT NULL,
    text_en     TEXT NOT NULL,
    PRIMARY KEY (contract_id, version, position),
    FOREIGN KEY (contract_id, version) REFERENCES contract_versions(contract_id, version)
) WITHOUT ROWID;

-- Every change of status, with its date and reason: the history is never rewritten.
CREATE TABLE contract_events (
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    seq         INTEGER NOT NULL,
    status      TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (contract_id, seq)
) WITHOUT ROWID;

-- A delivery: accepted quantities per grade at the price paid, what was rejected and
-- why, and the payment. accepted and amount are the sums of the grade lines (kept here
-- so monitoring thousands of contracts reads one row per delivery), amount in the
-- contract's currency.
CREATE TABLE deliveries (
    id                TEXT PRIMARY KEY,
    contract_id       TEXT NOT NULL REFERENCES contracts(id),
    delivered_on      TEXT NOT NULL,
    accepted          REAL NOT NULL,
    rejected_quantity REAL NOT NULL DEFAULT 0,
    rejected_reason   TEXT NOT NULL DEFAULT '',
    amount            INTEGER NOT NULL,
    paid_amount       INTEGER NOT NULL DEFAULT 0,
    paid_on           TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX deliveries_by_contract ON deliveries(contract_id, delivered_on);

CREATE TABLE delivery_grades (
    delivery_id TEXT NOT NULL REFERENCES deliveries(id),
    position    INTEGER NOT NULL,
    grade       TEXT NOT NULL,
    quantity    REAL NOT NULL,
    price       INTEGER NOT NULL,
    PRIMARY KEY (delivery_id, position)
) WITHOUT ROWID;
