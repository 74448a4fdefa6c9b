-- Step 1 of the guideline, the market needs assessment: the product catalogue the
-- whole app shares, the markets of the district, study campaigns and the vendor
-- interviews of annex 2.

-- Seeded products carry stable ids ('seed-…') so that the same product has the same id
-- in every district's file; products added by an office get UUIDs. Prices are whole
-- riel per unit: the range a price outside of which the interview asks to confirm.
CREATE TABLE products (
    id            TEXT PRIMARY KEY,
    name_km       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (category IN ('vegetable', 'fruit', 'rice', 'livestock', 'poultry', 'fish', 'processed')),
    unit          TEXT NOT NULL CHECK (unit IN ('kg', 'tonne', 'head', 'bunch', 'piece', 'dozen', 'litre')),
    price_min_khr INTEGER NOT NULL CHECK (price_min_khr > 0),
    price_max_khr INTEGER NOT NULL CHECK (price_max_khr >= price_min_khr),
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX products_by_category ON products(category, name_km);

CREATE TABLE markets (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('commune', 'district', 'provincial', 'wholesale')),
    commune_code TEXT NOT NULL REFERENCES communes(code),
    village_code TEXT REFERENCES villages(code),
    market_days  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX markets_by_commune ON markets(commune_code);

-- The weights of the priority score (0–10 each) belong to the campaign, so the brief
-- printed later ranks the products as the officer last saw them.
CREATE TABLE campaigns (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    district_code  TEXT NOT NULL REFERENCES districts(code),
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL,
    weight_demand  INTEGER NOT NULL DEFAULT 4,
    weight_gap     INTEGER NOT NULL DEFAULT 3,
    weight_price   INTEGER NOT NULL DEFAULT 1,
    weight_willing INTEGER NOT NULL DEFAULT 2,
    notes          TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE campaign_communes (
    campaign_id  TEXT NOT NULL REFERENCES campaigns(id),
    commune_code TEXT NOT NULL REFERENCES communes(code),
    position     INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, commune_code)
) WITHOUT ROWID;

CREATE TABLE campaign_team (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    official_id TEXT NOT NULL REFERENCES officials(id),
    PRIMARY KEY (campaign_id, official_id)
) WITHOUT ROWID;

-- target: how many vendors the team means to interview at the market.
CREATE TABLE campaign_markets (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    market_id   TEXT NOT NULL REFERENCES markets(id),
    target      INTEGER NOT NULL CHECK (target > 0),
    position    INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, market_id)
) WITHOUT ROWID;
CREATE INDEX campaign_markets_by_market ON campaign_markets(market_id);

-- vendor_key is the vendor's name folded for the duplicate check (case, spaces).
CREATE TABLE interviews (
    id             TEXT PRIMARY KEY,
    campaign_id    TEXT NOT NULL REFERENCES campaigns(id),
    market_id      TEXT NOT NULL REFERENCES markets(id),
    vendor_name    TEXT NOT NULL,
    vendor_key     TEXT NOT NULL,
    sex            TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    vendor_kind    TEXT NOT NULL CHECK (vendor_kind IN ('permanent_vendor', 'collector', 'wholesaler', 'retailer')),
    phone          TEXT NOT NULL DEFAULT '',
    interviewer_id TEXT REFERENCES officials(id),
    interviewed_on TEXT NOT NULL,
    buyer_id       TEXT REFERENCES buyers(id),
    notes          TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX interviews_by_campaign ON interviews(campaign_id, market_id);
CREATE INDEX interviews_by_vendor ON interviews(campaign_id, vendor_key);

-- One row per product a vendor trades. months and peak_months are 12-bit masks
-- (bit 0 = January). Quantities are in the unit the vendor gave, per day, week or
-- month; prices are whole riel per that unit.
CREATE TABLE interview_lines (
    interview_id     TEXT NOT NULL REFERENCES interviews(id),
    position         INTEGER NOT NULL,
    product_id       TEXT NOT NULL REFERENCES products(id),
    quantity         REAL NOT NULL CHECK (quantity > 0),
    unit             TEXT NOT NULL,
    per              TEXT NOT NULL CHECK (per IN ('day', 'week', 'month')),
    months           INTEGER NOT NULL CHECK (months BETWEEN 1 AND 4095),
    peak_months      INTEGER NOT NULL DEFAULT 0,
    grade            TEXT NOT NULL DEFAULT '',
    fresh            INTEGER NOT NULL DEFAULT 0,
    safe             INTEGER NOT NULL DEFAULT 0,
    packaging        TEXT NOT NULL DEFAULT '',
    buy_price_khr    INTEGER,
    sell_price_khr   INTEGER,
    source           TEXT NOT NULL CHECK (source IN ('same_district', 'other_district', 'other_province', 'vietnam', 'thailand', 'other_country')),
    willing          INTEGER NOT NULL DEFAULT 0,
    willing_quantity REAL,
    payment          TEXT,
    payment_days     INTEGER,
    PRIMARY KEY (interview_id, position)
) WITHOUT ROWID;
CREATE INDEX interview_lines_by_product ON interview_lines(product_id);
