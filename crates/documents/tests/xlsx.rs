//! Spreadsheet exports of the demo district, read back from the written files. The
//! sheets' XML is read with the `unzip` program where it exists (the checks that need
//! it say so and pass otherwise); row counts, progress and the file's zip signature are
//! checked everywhere.

// The helpers below read files the tests just wrote: a failure is the test failing.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{BuyerKind, BuyerQuery, HouseholdQuery, Lang, SlgQuery, Store};
use cluster_documents::labels::{self, buyer, common, household, place, sheet, slg};
use cluster_documents::xlsx::{export_buyers, export_households, export_slgs};
use cluster_documents::{DocError, Text};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo(now()).unwrap();
    store
}

fn household_total(store: &Store, q: &HouseholdQuery) -> u32 {
    store.households(q, now()).unwrap().total
}

/// Every progress call of an export.
#[derive(Default)]
struct Progress(Vec<(u32, u32)>);

impl Progress {
    fn record(&mut self) -> impl FnMut(u32, u32) + '_ {
        |done, total| self.0.push((done, total))
    }

    /// Told the total first, never going back, ending at (total, total).
    fn assert_complete(&self, total: u32) {
        assert_eq!(self.0.first(), Some(&(0, total)), "{:?}", self.0);
        assert_eq!(self.0.last(), Some(&(total, total)), "{:?}", self.0);
        assert!(self.0.windows(2).all(|w| w[0].0 <= w[1].0), "{:?}", self.0);
    }
}

fn assert_is_zip(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"PK\x03\x04"),
        "{} is not a zip",
        path.display()
    );
    let part = path.with_file_name(format!(
        "{}.part",
        path.file_name().unwrap().to_string_lossy()
    ));
    assert!(!part.exists(), "the temporary file was left behind");
}

// ---------------------------------------------------------------------------------
// Reading the workbook's XML back.

fn unzip(file: &Path, member: &str) -> Option<String> {
    let out = match Command::new("unzip")
        .arg("-p")
        .arg(file)
        .arg(member)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("NOTE: `unzip` is not available ({e}); the sheet XML checks are skipped");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "unzip {member}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

struct Book {
    workbook: String,
    styles: String,
    data: String,
    export: String,
    shared: Vec<String>,
}

impl Book {
    fn open(path: &Path) -> Option<Book> {
        let workbook = unzip(path, "xl/workbook.xml")?;
        // The export sheet is an ordinary sheet: its strings are shared.
        let shared = unzip(path, "xl/sharedStrings.xml")?;
        Some(Book {
            workbook,
            styles: unzip(path, "xl/styles.xml")?,
            data: unzip(path, "xl/worksheets/sheet1.xml")?,
            export: unzip(path, "xl/worksheets/sheet2.xml")?,
            shared: elements(&shared, "si").iter().map(|si| texts(si)).collect(),
        })
    }

    fn sheet_names(&self) -> Vec<String> {
        self.workbook
            .match_indices("<sheet ")
            .map(|(i, _)| attr(&self.workbook[i..], "name").unwrap())
            .collect()
    }

    fn data_cells(&self) -> Vec<XCell> {
        cells(&self.data)
    }

    /// The text or number shown in each cell of a column of the data sheet, by row
    /// (header first; `None` for a row without that cell).
    fn column(&self, col: &str) -> Vec<Option<String>> {
        let cells = self.data_cells();
        let rows = cells.iter().map(XCell::row).max().unwrap_or(0);
        let mut out = vec![None; rows as usize];
        for c in cells.iter().filter(|c| c.col() == col) {
            out[c.row() as usize - 1] = Some(c.value(&self.shared));
        }
        out
    }

    fn export_cell(&self, r: &str) -> XCell {
        cells(&self.export)
            .into_iter()
            .find(|c| c.r == r)
            .unwrap_or_else(|| panic!("no cell {r} in the export sheet"))
    }

    /// The export sheet's rows as (label, value, code) texts.
    fn export_rows(&self) -> Vec<[String; 3]> {
        let cells = cells(&self.export);
        let rows = cells.iter().map(XCell::row).max().unwrap_or(0);
        (1..=rows)
            .map(|row| {
                ["A", "B", "C"].map(|col| {
                    cells
                        .iter()
                        .find(|c| c.row() == row && c.col() == col)
                        .map(|c| c.value(&self.shared))
                        .unwrap_or_default()
                })
            })
            .collect()
    }

    fn export_value(&self, label: Text, lang: Lang) -> String {
        let label = label.pick(lang);
        self.export_rows()
            .into_iter()
            .find(|r| r[0] == label)
            .map(|r| r[1].clone())
            .unwrap_or_else(|| panic!("no {label:?} line in {:?}", self.export_rows()))
    }
}

/// One `<c>` element: its reference, the attributes of its start tag and its content.
#[derive(Debug)]
struct XCell {
    r: String,
    tag: String,
    inner: String,
}

impl XCell {
    fn col(&self) -> &str {
        self.r.trim_end_matches(|c: char| c.is_ascii_digit())
    }

    fn row(&self) -> u32 {
        self.r[self.col().len()..].parse().unwrap()
    }

    fn kind(&self) -> Option<String> {
        attr(&self.tag, "t")
    }

    fn style(&self) -> Option<String> {
        attr(&self.tag, "s")
    }

    fn number(&self) -> f64 {
        assert!(
            matches!(self.kind().as_deref(), None | Some("n")),
            "{self:?} is not a number"
        );
        between(&self.inner, "<v>", "</v>")
            .unwrap()
            .parse()
            .unwrap()
    }

    fn value(&self, shared: &[String]) -> String {
        match self.kind().as_deref() {
            Some("inlineStr") => texts(&self.inner),
            Some("s") => {
                let i: usize = between(&self.inner, "<v>", "</v>")
                    .unwrap()
                    .parse()
                    .unwrap();
                shared[i].clone()
            }
            _ => between(&self.inner, "<v>", "</v>")
                .map(str::to_owned)
                .unwrap_or_default(),
        }
    }
}

fn cells(xml: &str) -> Vec<XCell> {
    xml.match_indices("<c r=\"")
        .map(|(i, _)| {
            let rest = &xml[i..];
            let gt = rest.find('>').unwrap();
            let tag = rest[..gt].to_owned();
            let inner = if tag.ends_with('/') {
                String::new()
            } else {
                rest[gt + 1..rest.find("</c>").unwrap()].to_owned()
            };
            XCell {
                r: attr(&tag, "r").unwrap(),
                tag,
                inner,
            }
        })
        .collect()
}

/// The contents of each `<name>…</name>` element.
fn elements(xml: &str, name: &str) -> Vec<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    xml.split(open.as_str())
        .skip(1)
        .filter_map(|s| s.split(close.as_str()).next())
        .map(str::to_owned)
        .collect()
}

/// All `<t>` texts of an element, joined and unescaped.
fn texts(xml: &str) -> String {
    let mut out = String::new();
    for (i, _) in xml.match_indices("<t") {
        let rest = &xml[i..];
        let Some(gt) = rest.find('>') else { continue };
        if !matches!(&rest[..gt + 1], "<t>" | "<t xml:space=\"preserve\">") {
            continue;
        }
        out.push_str(&unescape(&rest[gt + 1..rest.find("</t>").unwrap()]));
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    Some(unescape(&tag[start..end]))
}

fn between<'x>(text: &'x str, open: &str, close: &str) -> Option<&'x str> {
    let start = text.find(open)? + open.len();
    Some(&text[start..start + text[start..].find(close)?])
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Excel's serial number of a date (days since 1899-12-30).
fn serial(date: NaiveDate) -> f64 {
    (date - NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64
}

fn path_in(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

// ---------------------------------------------------------------------------------

#[test]
fn every_household_is_exported_with_khmer_intact_and_numbers_as_numbers() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "households.xlsx");
    let q = HouseholdQuery::default();
    let total = household_total(&store, &q);
    assert!(total > 250, "the demo district has about 300 households");
    let mut progress = Progress::default();
    let rows =
        export_households(&store, &q, Lang::Km, now(), &path, &mut progress.record()).unwrap();
    assert_eq!(rows, total);
    progress.assert_complete(total);
    assert_is_zip(&path);

    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.sheet_names(), [sheet::HOUSEHOLDS.km, sheet::EXPORT.km]);
    assert!(book.data.contains("<pane ySplit=\"1\""), "frozen header");
    assert!(
        book.data.contains("<row r=\"1\" ht=\""),
        "the wrapped header row is tall enough"
    );
    assert!(
        book.data
            .contains(&format!("<autoFilter ref=\"A1:R{}\"/>", total + 1)),
        "an autofilter over the header and every row"
    );
    assert_eq!(book.data.matches("<row ").count() as u32, total + 1);
    assert!(
        book.data.contains("ក្រុមចិញ្ចឹមមាន់"),
        "SLG names keep their Khmer"
    );

    let header = book.column("A");
    assert_eq!(header[0].as_deref(), Some(household::HEAD_NAME_KM.km));
    let a1 = book.data_cells().into_iter().find(|c| c.r == "A1").unwrap();
    assert!(a1.style().is_some(), "the header is styled");
    assert!(book.styles.contains("Noto Sans Khmer"));

    // Year of birth (D) and age (E) are numbers, and agree.
    let cells = book.data_cells();
    let number = |r: String| cells.iter().find(|c| c.r == r).unwrap().number();
    for row in 2..=total + 1 {
        let year = number(format!("D{row}"));
        let age = number(format!("E{row}"));
        assert!((1900.0..=2011.0).contains(&year), "D{row} = {year}");
        assert_eq!(year + age, 2026.0, "row {row}");
    }
    // Members (G) and women (H) too.
    assert!(number("G2".into()) >= number("H2".into()));

    // Both scripts of every name: the Khmer and Latin head names and place names.
    let rolea = store.place("040610").unwrap().unwrap();
    let communes_km = book.column("K");
    let communes_en = book.column("L");
    assert!(communes_km.contains(&Some(rolea.name_km.clone())));
    assert!(communes_en.contains(&Some(rolea.name_en.clone())));
    assert!(
        book.column("B")
            .iter()
            .skip(1)
            .all(|n| n.as_ref().is_some_and(|n| n.is_ascii())),
        "every demo head has a Latin name"
    );
    // Choices in the export's language, with the window's words.
    let sexes = book.column("C");
    assert!(sexes[1..].iter().all(|s| {
        s.as_deref() == Some(common::FEMALE.km) || s.as_deref() == Some(common::MALE.km)
    }));
    let id_poor = book.column("M");
    assert!(id_poor.contains(&Some(household::ID_POOR_NONE.km.to_owned())));
    assert!(id_poor.contains(&Some(household::ID_POOR_LEVEL1.km.to_owned())));
    // Phones as the window writes them, never as numbers.
    let phones: Vec<String> = book.column("P").into_iter().skip(1).flatten().collect();
    assert!(!phones.is_empty());
    assert!(
        phones
            .iter()
            .all(|p| p.len() >= 11 && p.starts_with('0') && p.contains(' ')),
        "{phones:?}"
    );
}

#[test]
fn a_commune_filter_exports_that_commune_and_the_export_sheet_names_it() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "krang-leav.xlsx");
    let q = HouseholdQuery {
        commune_code: Some("040606".into()),
        search: " ".into(),
        ..Default::default()
    };
    let total = household_total(&store, &q);
    let all = household_total(&store, &HouseholdQuery::default());
    assert!(total > 0 && total < all);
    let mut progress = Progress::default();
    let rows =
        export_households(&store, &q, Lang::En, now(), &path, &mut progress.record()).unwrap();
    assert_eq!(rows, total);
    progress.assert_complete(total);
    assert_is_zip(&path);

    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.sheet_names(), [sheet::HOUSEHOLDS.en, sheet::EXPORT.en]);
    let krang_leav = store.place("040606").unwrap().unwrap();
    let communes = book.column("L");
    assert_eq!(communes[0].as_deref(), Some(place::COMMUNE_LATIN.en));
    assert!(
        communes[1..]
            .iter()
            .all(|c| c.as_deref() == Some(krang_leav.name_en.as_str()))
    );
    // An English export still has the Khmer names.
    let khmer = book.column("K");
    assert_eq!(khmer[0].as_deref(), Some(place::COMMUNE_KM.en));
    assert!(
        khmer[1..]
            .iter()
            .all(|c| c.as_deref() == Some(krang_leav.name_km.as_str()))
    );
    assert!(book.column("A")[1..].iter().all(|n| {
        n.as_ref()
            .is_some_and(|n| n.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c)))
    }));

    // The export sheet: what, whose, when, how many, and the filters by name.
    let office = store.office().unwrap().unwrap();
    assert_eq!(
        book.export_value(labels::export::REGISTER, Lang::En),
        household::REGISTER.en
    );
    assert_eq!(
        book.export_value(labels::export::OFFICE, Lang::En),
        office.name_en
    );
    assert_eq!(
        book.export_value(labels::export::RECORDS, Lang::En),
        total.to_string()
    );
    assert_eq!(
        book.export_value(place::COMMUNE, Lang::En),
        krang_leav.name_en
    );
    assert_eq!(
        book.export_value(place::VILLAGE, Lang::En),
        place::ALL_VILLAGES.en
    );
    assert_eq!(
        book.export_value(labels::export::SEARCH, Lang::En),
        common::NONE.en
    );
    assert_eq!(
        book.export_value(labels::export::INCLUDE_ARCHIVED, Lang::En),
        common::NO.en
    );
    let commune_row = book
        .export_rows()
        .into_iter()
        .find(|r| r[0] == place::COMMUNE.en)
        .unwrap();
    assert_eq!(
        commune_row[2], "040606",
        "the gazetteer code beside the name"
    );
    let when = book.export_cell("B3");
    assert!(when.style().is_some(), "the export time has a date format");
    let expected = serial(now().date()) + (9.0 * 60.0 + 30.0) / (24.0 * 60.0);
    assert!((when.number() - expected).abs() < 1e-6, "{when:?}");
    assert!(book.styles.contains("dd/mm/yyyy hh:mm"));
}

#[test]
fn an_slg_filter_is_named_on_the_export_sheet() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "one-slg.xlsx");
    let group = store.slgs(&SlgQuery::default()).unwrap().rows.remove(4);
    let q = HouseholdQuery {
        slg_id: Some(group.id.clone()),
        ..Default::default()
    };
    let rows = export_households(&store, &q, Lang::Km, now(), &path, &mut |_, _| {}).unwrap();
    assert_eq!(rows, group.member_count);
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.export_value(household::SLG, Lang::Km), group.name);
    assert!(
        book.column("O")[1..]
            .iter()
            .all(|s| s.as_ref() == Some(&group.name))
    );
}

#[test]
fn archived_households_are_left_out_unless_asked_for() {
    let mut store = demo();
    let all = HouseholdQuery::default();
    let total = household_total(&store, &all);
    let first = store.households(&all, now()).unwrap().rows.remove(0);
    store
        .set_household_archived(&first.id, true, now())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();

    let path = path_in(&dir, "current.xlsx");
    let rows = export_households(&store, &all, Lang::En, now(), &path, &mut |_, _| {}).unwrap();
    assert_eq!(rows, total - 1);

    let path = path_in(&dir, "with-archived.xlsx");
    let with_archived = HouseholdQuery {
        include_archived: true,
        ..Default::default()
    };
    let rows = export_households(
        &store,
        &with_archived,
        Lang::En,
        now(),
        &path,
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(rows, total);
    let Some(book) = Book::open(&path) else {
        return;
    };
    let archived = book.column("R");
    assert_eq!(archived[0].as_deref(), Some(common::ARCHIVED.en));
    assert_eq!(
        archived
            .iter()
            .filter(|a| a.as_deref() == Some(common::YES.en))
            .count(),
        1
    );
    assert_eq!(
        book.export_value(labels::export::INCLUDE_ARCHIVED, Lang::En),
        common::YES.en
    );
}

#[test]
fn an_empty_selection_gives_the_header_and_the_filters() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "none.xlsx");
    let q = HouseholdQuery {
        search: "Zzyzx".into(),
        ..Default::default()
    };
    let mut progress = Progress::default();
    let rows =
        export_households(&store, &q, Lang::Km, now(), &path, &mut progress.record()).unwrap();
    assert_eq!(rows, 0);
    progress.assert_complete(0);
    assert_is_zip(&path);
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert!(book.data.contains("<autoFilter ref=\"A1:R1\"/>"));
    assert_eq!(
        book.data.matches("<row ").count(),
        1,
        "one header row, written once"
    );
    assert_eq!(book.export_value(labels::export::SEARCH, Lang::Km), "Zzyzx");
    assert_eq!(book.export_value(labels::export::RECORDS, Lang::Km), "0");
}

#[test]
fn slgs_are_exported_with_real_dates() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "slgs.xlsx");
    let listed = store.slgs(&SlgQuery::default()).unwrap();
    assert_eq!(listed.total, 12);
    let mut progress = Progress::default();
    let rows = export_slgs(
        &store,
        &SlgQuery::default(),
        Lang::Km,
        now(),
        &path,
        &mut progress.record(),
    )
    .unwrap();
    assert_eq!(rows, 12);
    progress.assert_complete(12);
    assert_is_zip(&path);

    let commune = SlgQuery {
        commune_code: Some("040608".into()),
        ..Default::default()
    };
    let path_commune = path_in(&dir, "slgs-prasnoeb.xlsx");
    let rows = export_slgs(
        &store,
        &commune,
        Lang::Km,
        now(),
        &path_commune,
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(rows, store.slgs(&commune).unwrap().total);
    assert_eq!(rows, 3);

    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(book.sheet_names(), [sheet::SLGS.km, sheet::EXPORT.km]);
    assert!(book.data.contains("<pane ySplit=\"1\""));
    assert!(book.data.contains("<autoFilter ref=\"A1:I13\"/>"));
    assert!(book.styles.contains("formatCode=\"dd/mm/yyyy\""));
    assert!(book.data.contains("ក្រុមចិញ្ចឹមមាន់"));
    let cells = book.data_cells();
    for (row, s) in (2..).zip(&listed.rows) {
        let cell = |col: &str| {
            cells
                .iter()
                .find(|c| c.r == format!("{col}{row}"))
                .unwrap_or_else(|| panic!("no {col}{row}"))
        };
        assert_eq!(cell("A").value(&book.shared), s.name);
        let formed = cell("G");
        assert!(formed.style().is_some(), "G{row} is a formatted date");
        let date = NaiveDate::parse_from_str(s.formed_on.as_deref().unwrap(), "%Y-%m-%d").unwrap();
        assert_eq!(formed.number(), serial(date), "G{row}");
        assert_eq!(cell("H").number(), f64::from(s.member_count));
        assert_eq!(cell("F").value(&book.shared), s.cew_name.clone().unwrap());
    }
    assert_eq!(book.column("I")[0].as_deref(), Some(common::ARCHIVED.km));
    assert_eq!(book.column("G")[0].as_deref(), Some(slg::FORMED_ON.km));
}

#[test]
fn buyers_are_exported_with_kinds_and_locations_in_the_language() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::Km, Lang::En] {
        let path = path_in(&dir, &format!("buyers-{}.xlsx", lang.as_str()));
        let mut progress = Progress::default();
        let rows = export_buyers(
            &store,
            &BuyerQuery::default(),
            lang,
            now(),
            &path,
            &mut progress.record(),
        )
        .unwrap();
        // Ten registered buyers and two vendors of the market study.
        assert_eq!(rows, 12);
        progress.assert_complete(12);
        assert_is_zip(&path);

        let Some(book) = Book::open(&path) else {
            return;
        };
        assert_eq!(
            book.sheet_names(),
            [sheet::BUYERS.pick(lang), sheet::EXPORT.pick(lang)]
        );
        let listed = store.buyers(&BuyerQuery::default()).unwrap().rows;
        let kinds = book.column("B");
        let locations = book.column("E");
        for (i, b) in listed.iter().enumerate() {
            assert_eq!(
                kinds[i + 1].as_deref(),
                Some(labels::buyer_kind(b.kind).pick(lang))
            );
            let expected: Vec<&str> = b
                .location_path
                .iter()
                .rev()
                .map(|p| match lang {
                    Lang::Km => p.name_km.as_str(),
                    Lang::En => p.name_en.as_str(),
                })
                .collect();
            assert_eq!(
                locations[i + 1].clone().unwrap_or_default(),
                expected.join(", ")
            );
        }
        let chea_rov = listed
            .iter()
            .position(|b| b.location_path.len() == 4)
            .expect("a buyer placed at a village");
        assert_eq!(
            locations[chea_rov + 1]
                .as_ref()
                .unwrap()
                .matches(", ")
                .count(),
            3,
            "village, commune, district, province"
        );
        assert_eq!(
            book.export_value(buyer::KIND, lang),
            buyer::ALL_KINDS.pick(lang)
        );
    }

    let collectors = BuyerQuery {
        kind: Some(BuyerKind::Collector),
        ..Default::default()
    };
    let path = path_in(&dir, "collectors.xlsx");
    let rows = export_buyers(&store, &collectors, Lang::Km, now(), &path, &mut |_, _| {}).unwrap();
    assert_eq!(rows, store.buyers(&collectors).unwrap().total);
    assert!((3..12).contains(&rows), "only the collectors: {rows}");
    let Some(book) = Book::open(&path) else {
        return;
    };
    assert_eq!(
        book.export_value(buyer::KIND, Lang::Km),
        buyer::COLLECTOR.km
    );
}

#[test]
fn an_export_replaces_an_older_file_and_a_failed_one_leaves_nothing() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let path = path_in(&dir, "buyers.xlsx");
    std::fs::write(&path, "an older export").unwrap();
    export_buyers(
        &store,
        &BuyerQuery::default(),
        Lang::Km,
        now(),
        &path,
        &mut |_, _| {},
    )
    .unwrap();
    assert_is_zip(&path);

    let nowhere = dir.path().join("no such folder").join("buyers.xlsx");
    let err = export_buyers(
        &store,
        &BuyerQuery::default(),
        Lang::Km,
        now(),
        &nowhere,
        &mut |_, _| {},
    )
    .unwrap_err();
    assert!(matches!(err, DocError::Io { .. }), "{err:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// The labels the window also shows keep the window's words, in both languages.
#[test]
fn labels_reuse_the_windows_wording() {
    let locales = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/locales");
    let (Ok(km), Ok(en)) = (
        std::fs::read_to_string(format!("{locales}/km.json")),
        std::fs::read_to_string(format!("{locales}/en.json")),
    ) else {
        eprintln!("NOTE: the UI's locale files are not here; wording check skipped");
        return;
    };
    let same: &[(&str, Text)] = &[
        ("yes", common::YES),
        ("no", common::NO),
        ("archived", common::ARCHIVED),
        ("label", common::SEX),
        ("female", common::FEMALE),
        ("male", common::MALE),
        ("phone", common::PHONE),
        ("commune", place::COMMUNE),
        ("village", place::VILLAGE),
        ("allCommunes", place::ALL_COMMUNES),
        ("allVillages", place::ALL_VILLAGES),
        ("title", household::REGISTER),
        ("headNameKm", household::HEAD_NAME_KM),
        ("headNameLatin", household::HEAD_NAME_LATIN),
        ("birthYear", household::BIRTH_YEAR),
        ("age", household::AGE),
        ("youth", household::YOUTH),
        ("size", household::SIZE),
        ("women", household::WOMEN),
        ("idPoor", household::ID_POOR),
        ("indigenous", household::INDIGENOUS),
        ("slg", household::SLG),
        ("idCard", household::ID_CARD),
        ("sort", household::SORT),
        ("name", household::SORT_NAME),
        ("name_latin", household::SORT_NAME_LATIN),
        ("recent", household::SORT_RECENT),
        ("none", household::ID_POOR_NONE),
        ("level1", household::ID_POOR_LEVEL1),
        ("level2", household::ID_POOR_LEVEL2),
        ("title", slg::REGISTER),
        ("name", slg::NAME),
        ("cew", slg::CEW),
        ("formedOn", slg::FORMED_ON),
        ("members", slg::MEMBERS),
        ("title", buyer::REGISTER),
        ("name", buyer::NAME),
        ("kind", buyer::KIND),
        ("allKinds", buyer::ALL_KINDS),
        ("contactPerson", buyer::CONTACT_PERSON),
        ("location", buyer::LOCATION),
        ("address", buyer::ADDRESS),
        ("products", buyer::PRODUCTS),
        ("collector", buyer::COLLECTOR),
        ("wholesaler", buyer::WHOLESALER),
        ("retailer", buyer::RETAILER),
        ("supermarket", buyer::SUPERMARKET),
        ("exporter", buyer::EXPORTER),
        ("processor", buyer::PROCESSOR),
        ("input_supplier", buyer::INPUT_SUPPLIER),
        ("households", sheet::HOUSEHOLDS),
        ("slgs", sheet::SLGS),
        ("buyers", sheet::BUYERS),
        ("office", labels::export::OFFICE),
    ];
    let mut differ = Vec::new();
    for (key, text) in same {
        for (file, json, wording) in [("km", &km, text.km), ("en", &en, text.en)] {
            if !json.contains(&format!("\"{key}\": \"{wording}\"")) {
                differ.push(format!("{file}.json has no \"{key}\": \"{wording}\""));
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}
