-- Steps 2 and 3 of the guideline: meetings with the SLGs about the market results,
-- the district forum with its participants and agenda, and the clusters formed there
-- with their production plan, business strategy and action plan.

CREATE TABLE slg_meetings (
    id             TEXT PRIMARY KEY,
    slg_id         TEXT NOT NULL REFERENCES slgs(id),
    campaign_id    TEXT REFERENCES campaigns(id),
    held_on        TEXT NOT NULL,
    venue          TEXT NOT NULL DEFAULT '',
    facilitator_id TEXT REFERENCES officials(id),
    support_needs  TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX slg_meetings_by_slg ON slg_meetings(slg_id, held_on);

-- Attendees are the SLG's households (household_id set) or others typed in; name,
-- sex and youth are kept as they were on the day.
CREATE TABLE slg_meeting_attendees (
    meeting_id   TEXT NOT NULL REFERENCES slg_meetings(id),
    position     INTEGER NOT NULL,
    household_id TEXT REFERENCES households(id),
    name         TEXT NOT NULL,
    sex          TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    youth        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;

-- What the farmers said per product: how many are interested, what they can produce
-- (area in m² or heads), what they produce now (in the product's unit per season),
-- in which months, and whether it is in the production plan they agreed.
CREATE TABLE slg_meeting_products (
    meeting_id     TEXT NOT NULL REFERENCES slg_meetings(id),
    position       INTEGER NOT NULL,
    product_id     TEXT NOT NULL REFERENCES products(id),
    interested     INTEGER NOT NULL DEFAULT 0,
    capacity_kind  TEXT NOT NULL CHECK (capacity_kind IN ('area_m2', 'heads')),
    capacity       REAL,
    current_output REAL,
    months         INTEGER NOT NULL DEFAULT 0,
    in_plan        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, position)
) WITHOUT ROWID;

CREATE TABLE slg_meeting_swot (
    meeting_id TEXT NOT NULL REFERENCES slg_meetings(id),
    kind       TEXT NOT NULL CHECK (kind IN ('strength', 'weakness', 'opportunity', 'threat')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, kind, position)
) WITHOUT ROWID;

CREATE TABLE forums (
    id            TEXT PRIMARY KEY,
    district_code TEXT NOT NULL REFERENCES districts(code),
    title         TEXT NOT NULL,
    held_on       TEXT NOT NULL,
    venue         TEXT NOT NULL DEFAULT '',
    led_by_id     TEXT REFERENCES officials(id),
    objectives    TEXT NOT NULL DEFAULT '',
    reference_no  TEXT NOT NULL DEFAULT '',
    campaign_id   TEXT REFERENCES campaigns(id),
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- A participant is picked from a register (one of the *_id columns) or typed in.
CREATE TABLE forum_participants (
    id           TEXT PRIMARY KEY,
    forum_id     TEXT NOT NULL REFERENCES forums(id),
    category     TEXT NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    sex          TEXT CHECK (sex IN ('female', 'male')),
    phone        TEXT NOT NULL DEFAULT '',
    official_id  TEXT REFERENCES officials(id),
    buyer_id     TEXT REFERENCES buyers(id),
    household_id TEXT REFERENCES households(id),
    slg_id       TEXT REFERENCES slgs(id),
    status       TEXT NOT NULL DEFAULT 'to_invite' CHECK (status IN ('to_invite', 'invited', 'confirmed', 'declined', 'attended')),
    position     INTEGER NOT NULL,
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX forum_participants_by_forum ON forum_participants(forum_id, category, position);

-- Times are 'HH:MM' on the forum's day.
CREATE TABLE forum_agenda (
    forum_id  TEXT NOT NULL REFERENCES forums(id),
    position  INTEGER NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at   TEXT NOT NULL,
    item_km   TEXT NOT NULL,
    item_en   TEXT NOT NULL,
    speaker   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (forum_id, position)
) WITHOUT ROWID;

CREATE TABLE clusters (
    id                TEXT PRIMARY KEY,
    forum_id          TEXT REFERENCES forums(id),
    name              TEXT NOT NULL,
    business_strategy TEXT NOT NULL DEFAULT '',
    archived_at       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX clusters_by_forum ON clusters(forum_id);

CREATE TABLE cluster_products (
    cluster_id TEXT NOT NULL REFERENCES clusters(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (cluster_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cluster_slgs (
    cluster_id TEXT NOT NULL REFERENCES clusters(id),
    slg_id     TEXT NOT NULL REFERENCES slgs(id),
    PRIMARY KEY (cluster_id, slg_id)
) WITHOUT ROWID;
CREATE INDEX cluster_slgs_by_slg ON cluster_slgs(slg_id);

-- The market side and the services: buyers and input suppliers from the register, and
-- service providers (NGOs, banks, trainers) by name.
CREATE TABLE cluster_partners (
    cluster_id TEXT NOT NULL REFERENCES clusters(id),
    position   INTEGER NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('buyer', 'input_supplier', 'service_provider')),
    buyer_id   TEXT REFERENCES buyers(id),
    name       TEXT NOT NULL,
    PRIMARY KEY (cluster_id, position)
) WITHOUT ROWID;
CREATE INDEX cluster_partners_by_buyer ON cluster_partners(buyer_id);

-- The cluster's production plan: per product, the quantity per delivery month (in the
-- product's unit), the months, the quality and the price range agreed.
CREATE TABLE cluster_plan (
    cluster_id         TEXT NOT NULL REFERENCES clusters(id),
    position           INTEGER NOT NULL,
    product_id         TEXT NOT NULL REFERENCES products(id),
    quantity_per_month REAL NOT NULL CHECK (quantity_per_month > 0),
    months             INTEGER NOT NULL CHECK (months BETWEEN 1 AND 4095),
    quality            TEXT NOT NULL DEFAULT '',
    price_min_khr      INTEGER,
    price_max_khr      INTEGER,
    PRIMARY KEY (cluster_id, position)
) WITHOUT ROWID;

CREATE TABLE cluster_actions (
    cluster_id  TEXT NOT NULL REFERENCES clusters(id),
    position    INTEGER NOT NULL,
    activity    TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    deadline    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    PRIMARY KEY (cluster_id, position)
) WITHOUT ROWID;
