-- Step 8 of the guideline: the activity budget (USD 1,000 per target commune) planned
-- per commune and activity line, its expenditures, and the input envelope of each SLG
-- (USD 600) with the distributions drawn from it. Envelope amounts are settings.
--
-- Money: `amount` is in integer units of its currency (US cents, or riel) as typed;
-- `usd_cents` is the same amount in US cents at the recorded rate, the figure every
-- balance adds. Rows are never edited: a correction is a reversing row (negative
-- amounts, `reverses` pointing at the original).

CREATE TABLE budget_plan (
    fiscal_year  INTEGER NOT NULL,
    commune_code TEXT NOT NULL REFERENCES communes(code),
    line         TEXT NOT NULL,
    usd_cents    INTEGER NOT NULL CHECK (usd_cents >= 0),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (fiscal_year, commune_code, line)
) WITHOUT ROWID;

CREATE TABLE expenditures (
    id           TEXT PRIMARY KEY,
    fiscal_year  INTEGER NOT NULL,
    spent_on     TEXT NOT NULL,
    line         TEXT NOT NULL,
    commune_code TEXT NOT NULL REFERENCES communes(code),
    amount       INTEGER NOT NULL,
    currency     TEXT NOT NULL CHECK (currency IN ('USD', 'KHR')),
    rate         INTEGER,
    usd_cents    INTEGER NOT NULL,
    payee        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    voucher      TEXT NOT NULL DEFAULT '',
    event_kind   TEXT,
    event_id     TEXT,
    reverses     TEXT REFERENCES expenditures(id),
    -- Why it was allowed beyond the commune's envelope, who allowed it, when.
    over_reason  TEXT NOT NULL DEFAULT '',
    over_by      TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
-- Covering: balances add usd_cents from the index alone, for a province or the nation.
CREATE INDEX expenditures_by_year ON expenditures(fiscal_year, commune_code, line, usd_cents);
CREATE UNIQUE INDEX expenditures_reversed_once ON expenditures(reverses) WHERE reverses IS NOT NULL;

CREATE TABLE input_distributions (
    id           TEXT PRIMARY KEY,
    fiscal_year  INTEGER NOT NULL,
    slg_id       TEXT NOT NULL REFERENCES slgs(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    given_on     TEXT NOT NULL,
    item         TEXT NOT NULL,
    quantity     REAL NOT NULL,
    unit         TEXT NOT NULL,
    unit_cost    INTEGER NOT NULL,
    currency     TEXT NOT NULL CHECK (currency IN ('USD', 'KHR')),
    rate         INTEGER,
    amount       INTEGER NOT NULL,
    usd_cents    INTEGER NOT NULL,
    supplier     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    reverses     TEXT REFERENCES input_distributions(id),
    over_reason  TEXT NOT NULL DEFAULT '',
    over_by      TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX input_distributions_by_slg ON input_distributions(fiscal_year, slg_id, usd_cents);
CREATE INDEX input_distributions_by_household ON input_distributions(household_id);
CREATE UNIQUE INDEX input_distributions_reversed_once ON input_distributions(reverses) WHERE reverses IS NOT NULL;
