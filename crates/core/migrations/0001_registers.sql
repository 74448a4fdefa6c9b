-- 0001: the gazetteer, the office, its settings and registers (officials, SLGs,
-- households, buyers and input suppliers). Ids are UUID text so that records keep
-- their identity when a district's file is merged into the province's.

CREATE TABLE provinces (
    code    TEXT PRIMARY KEY,
    name_km TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE districts (
    code          TEXT PRIMARY KEY,
    province_code TEXT NOT NULL REFERENCES provinces(code),
    name_km       TEXT NOT NULL,
    name_en       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX districts_by_province ON districts(province_code);

CREATE TABLE communes (
    code          TEXT PRIMARY KEY,
    district_code TEXT NOT NULL REFERENCES districts(code),
    name_km       TEXT NOT NULL,
    name_en       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX communes_by_district ON communes(district_code);

-- code is the village's key (see gazetteer.rs: 26 published codes are shared by more
-- than one village). No foreign key to communes: the published list has 13 villages in
-- a commune (120913) that the commune list lacks; they are kept as published.
CREATE TABLE villages (
    code         TEXT PRIMARY KEY,
    commune_code TEXT NOT NULL,
    name_km      TEXT NOT NULL,
    name_en      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX villages_by_commune ON villages(commune_code);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One office per database file (DESIGN §5): the row id is pinned to 1.
CREATE TABLE office (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    province_code TEXT NOT NULL REFERENCES provinces(code),
    district_code TEXT NOT NULL REFERENCES districts(code),
    name_km       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    fiscal_year   INTEGER NOT NULL,
    is_demo       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE office_communes (
    commune_code TEXT PRIMARY KEY REFERENCES communes(code),
    position     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE officials (
    id           TEXT PRIMARY KEY,
    name_km      TEXT NOT NULL,
    name_latin   TEXT NOT NULL DEFAULT '',
    sex          TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    role         TEXT NOT NULL CHECK (role IN ('dao_chief', 'district_technical', 'cew', 'pdaff_marketing', 'me_advisor')),
    commune_code TEXT REFERENCES communes(code),
    phone        TEXT NOT NULL DEFAULT '',
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX officials_by_role ON officials(role, name_km);

CREATE TABLE slgs (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    commune_code TEXT NOT NULL REFERENCES communes(code),
    village_code TEXT REFERENCES villages(code),
    cew_id       TEXT REFERENCES officials(id),
    formed_on    TEXT,
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX slgs_by_commune ON slgs(commune_code, name);
CREATE INDEX slgs_by_name ON slgs(name);

-- A household belongs to at most one SLG: the membership is this one column.
-- commune_code repeats the village's commune so the register's commune filter and
-- sort stay on one index at national size.
CREATE TABLE households (
    id              TEXT NOT NULL UNIQUE,
    head_name_km    TEXT NOT NULL,
    head_name_latin TEXT NOT NULL DEFAULT '',
    sex             TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    birth_year      INTEGER NOT NULL,
    size            INTEGER NOT NULL CHECK (size >= 1),
    women           INTEGER NOT NULL CHECK (women >= 0 AND women <= size),
    village_code    TEXT NOT NULL REFERENCES villages(code),
    commune_code    TEXT NOT NULL REFERENCES communes(code),
    phone           TEXT NOT NULL DEFAULT '',
    id_card         TEXT NOT NULL DEFAULT '',
    idpoor          TEXT NOT NULL DEFAULT 'none' CHECK (idpoor IN ('none', 'level1', 'level2')),
    indigenous      INTEGER NOT NULL DEFAULT 0,
    slg_id          TEXT REFERENCES slgs(id),
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX households_by_commune_name ON households(commune_code, head_name_km);
CREATE INDEX households_by_name ON households(head_name_km);
CREATE INDEX households_by_name_latin ON households(head_name_latin COLLATE NOCASE);
CREATE INDEX households_by_village ON households(village_code, birth_year);
CREATE INDEX households_by_slg ON households(slg_id);

-- Khmer-aware full-text index over names, phone and ID card: the default unicode61 tokenizer
-- cuts Khmer words at vowel signs; keeping marks (M*) in tokens keeps words whole.
CREATE VIRTUAL TABLE households_fts USING fts5(
    head_name_km, head_name_latin, phone, id_card,
    content = 'households', content_rowid = 'rowid',
    tokenize = "unicode61 categories 'L* N* Co M*'"
);
-- A bulk import indexes its rows in one statement at the end instead (FTS5 flushes its
-- pending terms at every statement's savepoint, which makes a per-row trigger ~5x
-- slower on a province-size import): while bulk_load holds its one row, skip the trigger.
CREATE TABLE bulk_load (active INTEGER PRIMARY KEY CHECK (active = 1));
CREATE TRIGGER households_fts_insert AFTER INSERT ON households
WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO households_fts(rowid, head_name_km, head_name_latin, phone, id_card)
    VALUES (new.rowid, new.head_name_km, new.head_name_latin, new.phone, new.id_card);
END;
CREATE TRIGGER households_fts_delete AFTER DELETE ON households BEGIN
    INSERT INTO households_fts(households_fts, rowid, head_name_km, head_name_latin, phone, id_card)
    VALUES ('delete', old.rowid, old.head_name_km, old.head_name_latin, old.phone, old.id_card);
END;
CREATE TRIGGER households_fts_update AFTER UPDATE OF head_name_km, head_name_latin, phone, id_card ON households BEGIN
    INSERT INTO households_fts(households_fts, rowid, head_name_km, head_name_latin, phone, id_card)
    VALUES ('delete', old.rowid, old.head_name_km, old.head_name_latin, old.phone, old.id_card);
    INSERT INTO households_fts(rowid, head_name_km, head_name_latin, phone, id_card)
    VALUES (new.rowid, new.head_name_km, new.head_name_latin, new.phone, new.id_card);
END;

-- location_code is a gazetteer code of any level (2, 4, 6 or 8 digits): a buyer may be
-- known only by province. address holds what the gazetteer cannot (market stall, street).
CREATE TABLE buyers (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('collector', 'wholesaler', 'retailer', 'supermarket', 'exporter', 'processor', 'input_supplier')),
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    location_code  TEXT,
    address        TEXT NOT NULL DEFAULT '',
    products       TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX buyers_by_name ON buyers(name);
