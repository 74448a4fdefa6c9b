-- Step 4 of the guideline: market producer groups formed from SLG households, their
-- committee and by-laws, the households' production plans (business plans), trainings,
-- and the links between groups and buyers.

-- Status is computed (see producer_group.rs), not stored: formed_on records when the
-- office marked the group formed (refused unless it was ready), inactive_since when it
-- stopped working.
CREATE TABLE producer_groups (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    commune_code    TEXT NOT NULL REFERENCES communes(code),
    cluster_id      TEXT REFERENCES clusters(id),
    formed_on       TEXT,
    inactive_since  TEXT,
    target_buyers   TEXT NOT NULL DEFAULT '',
    target_markets  TEXT NOT NULL DEFAULT '',
    volumes         TEXT NOT NULL DEFAULT '',
    skills_needed   TEXT NOT NULL DEFAULT '',
    partners_sought TEXT NOT NULL DEFAULT '',
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX producer_groups_by_commune ON producer_groups(commune_code, name);
CREATE INDEX producer_groups_by_cluster ON producer_groups(cluster_id);

CREATE TABLE producer_group_products (
    group_id   TEXT NOT NULL REFERENCES producer_groups(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (group_id, product_id)
) WITHOUT ROWID;
CREATE INDEX producer_group_products_by_product ON producer_group_products(product_id);

-- A member who leaves keeps their row (left_on): the group's history is not erased.
-- reason: why a household from outside the commune's SLGs joined.
CREATE TABLE producer_group_members (
    group_id     TEXT NOT NULL REFERENCES producer_groups(id),
    household_id TEXT NOT NULL REFERENCES households(id),
    joined_on    TEXT NOT NULL,
    left_on      TEXT,
    reason       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, household_id)
) WITHOUT ROWID;
CREATE INDEX producer_group_members_by_household ON producer_group_members(household_id);

CREATE TABLE producer_group_committee (
    group_id     TEXT NOT NULL REFERENCES producer_groups(id),
    role         TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'treasurer')),
    household_id TEXT NOT NULL REFERENCES households(id),
    PRIMARY KEY (group_id, role)
) WITHOUT ROWID;

-- By-laws are versioned: an edit makes a new version, earlier ones are kept; a version
-- is adopted at a meeting with so many members present.
CREATE TABLE bylaws (
    group_id        TEXT NOT NULL REFERENCES producer_groups(id),
    version         INTEGER NOT NULL,
    written_at      TEXT NOT NULL,
    adopted_on      TEXT,
    adopted_at      TEXT NOT NULL DEFAULT '',
    members_present INTEGER,
    PRIMARY KEY (group_id, version)
) WITHOUT ROWID;

CREATE TABLE bylaw_clauses (
    group_id TEXT NOT NULL,
    version  INTEGER NOT NULL,
    position INTEGER NOT NULL,
    clause   TEXT NOT NULL,
    title_km TEXT NOT NULL,
    title_en TEXT NOT NULL,
    text_km  TEXT NOT NULL,
    text_en  TEXT NOT NULL,
    PRIMARY KEY (group_id, version, position),
    FOREIGN KEY (group_id, version) REFERENCES bylaws(group_id, version)
) WITHOUT ROWID;

-- A household's production plan (its business plan) for one enterprise in a season.
-- Quantities in the product's unit; money in whole riel. Months are 'YYYY-MM'.
CREATE TABLE production_plans (
    id                 TEXT PRIMARY KEY,
    household_id       TEXT NOT NULL REFERENCES households(id),
    group_id           TEXT REFERENCES producer_groups(id),
    season             TEXT NOT NULL,
    product_id         TEXT NOT NULL REFERENCES products(id),
    capacity_kind      TEXT NOT NULL CHECK (capacity_kind IN ('area_m2', 'heads')),
    capacity           REAL NOT NULL CHECK (capacity > 0),
    starts_on          TEXT NOT NULL,
    ends_on            TEXT NOT NULL,
    expected_yield     REAL NOT NULL CHECK (expected_yield >= 0),
    kept               REAL NOT NULL DEFAULT 0 CHECK (kept >= 0),
    expected_price_khr INTEGER NOT NULL CHECK (expected_price_khr >= 0),
    inputs_cost_khr    INTEGER NOT NULL DEFAULT 0 CHECK (inputs_cost_khr >= 0),
    labour_cost_khr    INTEGER NOT NULL DEFAULT 0 CHECK (labour_cost_khr >= 0),
    other_cost_khr     INTEGER NOT NULL DEFAULT 0 CHECK (other_cost_khr >= 0),
    archived_at        TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX production_plans_by_group ON production_plans(group_id, season, product_id);
CREATE INDEX production_plans_by_household ON production_plans(household_id, season);

-- Inputs the household asks the programme for (the USD 600 per SLG of step 8).
CREATE TABLE plan_inputs (
    plan_id  TEXT NOT NULL REFERENCES production_plans(id),
    position INTEGER NOT NULL,
    item     TEXT NOT NULL,
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, position)
) WITHOUT ROWID;

CREATE TABLE trainings (
    id          TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES producer_groups(id),
    topic       TEXT NOT NULL CHECK (topic IN ('market_sms', 'post_harvest', 'transport_packaging', 'supply_plan_records', 'contracts', 'other')),
    topic_other TEXT NOT NULL DEFAULT '',
    held_on     TEXT NOT NULL,
    trainer     TEXT NOT NULL DEFAULT '',
    venue       TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX trainings_by_group ON trainings(group_id, held_on);

CREATE TABLE training_attendees (
    training_id  TEXT NOT NULL REFERENCES trainings(id),
    position     INTEGER NOT NULL,
    household_id TEXT REFERENCES households(id),
    name         TEXT NOT NULL,
    sex          TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    youth        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (training_id, position)
) WITHOUT ROWID;

-- Buyers grouped (e.g. the collectors of one market) and linked to producer groups;
-- producer groups of different communes linked to sell one product together.
CREATE TABLE buyer_groups (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE buyer_group_members (
    buyer_group_id TEXT NOT NULL REFERENCES buyer_groups(id),
    buyer_id       TEXT NOT NULL REFERENCES buyers(id),
    PRIMARY KEY (buyer_group_id, buyer_id)
) WITHOUT ROWID;
CREATE TABLE producer_group_buyers (
    group_id       TEXT NOT NULL REFERENCES producer_groups(id),
    buyer_id       TEXT REFERENCES buyers(id),
    buyer_group_id TEXT REFERENCES buyer_groups(id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (group_id, position),
    CHECK ((buyer_id IS NULL) <> (buyer_group_id IS NULL))
) WITHOUT ROWID;
CREATE TABLE producer_group_links (
    group_id       TEXT NOT NULL REFERENCES producer_groups(id),
    other_group_id TEXT NOT NULL REFERENCES producer_groups(id),
    product_id     TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (group_id, other_group_id, product_id),
    CHECK (group_id < other_group_id)
) WITHOUT ROWID;
