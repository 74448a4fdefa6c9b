//! A producer group's by-laws, read back as a reader copies them (`pdftotext`, which
//! takes `/ActualText`): every article's title in order, the group's name, every
//! member's name on the signature page, a draft mark on an unadopted version and none
//! on an adopted one; each mode prints and lands in a folder without replacing a file;
//! a group without by-laws is refused. Text checks say so and pass where `pdftotext`
//! is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bylaws_group.rs"]
mod bylaws_group;

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{
    Bylaws, CoreError, GroupStrategy, Lang, Office, ProducerGroup, ProducerGroupInput, Store,
};
use cluster_documents::files::print_bylaws;
use cluster_documents::forms::bylaws::bylaws;
use cluster_documents::labels::bylaws as labels;
use cluster_documents::lang::digits;
use cluster_documents::{DocError, LangMode};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

fn group(adopted: bool) -> (Store, Office, ProducerGroup, Bylaws) {
    let mut store = Store::open_in_memory().unwrap();
    let office = store.load_demo(now()).unwrap();
    let (group, bylaws) = bylaws_group::demo_group(&mut store, now(), adopted).unwrap();
    (store, office, group, bylaws)
}

/// Text without white space: a line may break between two Khmer words that have no
/// space between them, and pdftotext then puts one there.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The text of each page, squashed.
fn page_texts(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("bylaws.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .map(squash)
            .collect(),
    )
}

fn missing_pdftotext() {
    eprintln!("NOTE: pdftotext (poppler-utils) is missing: the by-laws' text is not checked");
}

/// Asserts `needles` occur in `text` in this order.
fn in_order(text: &str, needles: &[String], what: &str) {
    let mut from = 0;
    for needle in needles {
        let needle = squash(needle);
        match text[from..].find(&needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{what}: {needle:?} missing or out of order in\n{text}"),
        }
    }
}

#[test]
fn every_article_in_order_the_group_and_every_member_on_the_signature_page() {
    let (_store, office, group, version) = group(true);
    assert_eq!(version.version, 2);
    assert!(group.members.len() >= 10);
    for mode in LangMode::ALL {
        let pdf = bylaws(&office, &group, &version, mode).unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{mode:?}");
        let Some(pages) = page_texts(&pdf) else {
            return missing_pdftotext();
        };
        let text = pages.concat();
        assert!(
            text.contains(&squash(&group.name)),
            "{mode:?}: the group's name"
        );
        let articles: Vec<String> = version
            .clauses
            .iter()
            .enumerate()
            .flat_map(|(i, c)| {
                let n = i + 1;
                match mode {
                    LangMode::Km => vec![format!("មាត្រា {}៖ {}", digits(n, Lang::Km), c.title_km)],
                    LangMode::En => vec![format!("Article {n}: {}", c.title_en)],
                    LangMode::KmEn => vec![
                        format!("មាត្រា {}៖ {}", digits(n, Lang::Km), c.title_km),
                        c.text_km.clone(),
                        format!("Article {n}: {}", c.title_en),
                        c.text_en.clone(),
                    ],
                }
            })
            .collect();
        assert_eq!(version.clauses.len(), 11, "the guideline's clauses");
        in_order(&text, &articles, &format!("{mode:?}: the articles"));
        let authoritative = text.contains(&squash(labels::AUTHORITATIVE.en))
            && pages[0].contains(&squash(labels::AUTHORITATIVE.km));
        assert_eq!(
            authoritative,
            mode == LangMode::KmEn,
            "{mode:?}: the Khmer text is said authoritative on the first page in km-en only"
        );

        // The signature page and after: every member, in the order of the register.
        let heading = squash(match mode {
            LangMode::En => labels::SIGNATURES.en,
            _ => labels::SIGNATURES.km,
        });
        let first = pages
            .iter()
            .position(|p| p.contains(&heading))
            .unwrap_or_else(|| panic!("{mode:?}: a signature page"));
        assert!(first > 0, "{mode:?}: the signatures follow the articles");
        let signing = pages[first..].concat();
        let khmer: Vec<String> = group.members.iter().map(|m| m.name_km.clone()).collect();
        let latin: Vec<String> = group.members.iter().map(|m| m.name_latin.clone()).collect();
        // km-en gives both, the Latin under the Khmer (a reader takes the lines of a
        // row across the cells, so each script is checked on its own).
        if mode != LangMode::En {
            in_order(&signing, &khmer, &format!("{mode:?}: the members"));
        }
        if mode != LangMode::Km {
            in_order(&signing, &latin, &format!("{mode:?}: the members"));
        }
        let names = if mode == LangMode::En { &latin } else { &khmer };
        let chair = &group.committee[0];
        assert!(signing.contains(&squash(&chair.name_km)) || mode == LangMode::En);
        for witness in [
            labels::SIGN_COMMUNE,
            labels::SIGN_OFFICE,
            labels::SIGN_CHAIR,
        ] {
            let label = match mode {
                LangMode::En => witness.en,
                _ => witness.km,
            };
            // Blocks side by side: a reader takes their lines across, one at a time.
            for line in label.lines() {
                assert!(signing.contains(&squash(line)), "{mode:?}: {line:?} signs");
            }
        }
        // The signatures are never alone on their page: the last page has rows too.
        let last = pages.last().unwrap();
        let last_member = names.last().unwrap();
        assert!(
            last.contains(&squash(last_member)),
            "{mode:?}: the last member's row stays with the signatures"
        );
    }
}

#[test]
fn a_draft_says_so_on_every_page_and_an_adopted_version_does_not() {
    let (_, office, draft_group, draft) = group(false);
    assert_eq!(draft.adopted_on, None);
    let (_, _, adopted_group, adopted) = group(true);
    for mode in LangMode::ALL {
        let mark = match mode {
            LangMode::En => "DRAFT",
            _ => "សេចក្តីព្រាង",
        };
        let draft_pdf = bylaws(&office, &draft_group, &draft, mode).unwrap();
        let adopted_pdf = bylaws(&office, &adopted_group, &adopted, mode).unwrap();
        let (Some(draft_pages), Some(adopted_pages)) =
            (page_texts(&draft_pdf), page_texts(&adopted_pdf))
        else {
            return missing_pdftotext();
        };
        for (i, page) in draft_pages.iter().enumerate() {
            assert!(page.contains(mark), "{mode:?}: page {} of the draft", i + 1);
        }
        assert!(
            draft_pages[0].contains(&squash(match mode {
                LangMode::En => labels::DRAFT.en,
                _ => labels::DRAFT.km,
            })),
            "{mode:?}: the draft's mark"
        );
        let adopted_text = adopted_pages.concat();
        assert!(
            !adopted_text.contains(mark),
            "{mode:?}: no mark once adopted"
        );
        if mode == LangMode::En {
            assert!(adopted_text.contains("Version2,adoptedon9November2026"));
            assert!(adopted_text.contains("with11memberspresent"));
            assert!(draft_pages[0].contains("Version1,writtenon23November2026"));
        }
    }
}

#[test]
fn each_mode_prints_into_the_folder_without_replacing_a_file() {
    let (store, _, group, _) = group(true);
    let dir = tempfile::tempdir().unwrap();
    for mode in LangMode::ALL {
        let first = print_bylaws(&store, &group.id, mode, dir.path(), now()).unwrap();
        let second = print_bylaws(&store, &group.id, mode, dir.path(), now()).unwrap();
        assert_ne!(first, second, "{mode:?}: a second print gets its own name");
        let name = first.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(
            name,
            format!("bylaws {} 2026-11-23.{}.pdf", group.name, mode.suffix())
        );
        assert!(std::fs::read(&second).unwrap().starts_with(b"%PDF"));
    }
}

#[test]
fn a_group_without_bylaws_is_not_found() {
    let (mut store, _, group, _) = group(false);
    let bare = store
        .save_producer_group(
            &ProducerGroupInput {
                id: None,
                name: "ក្រុមផលិតគ្មានលក្ខន្តិកៈ".into(),
                commune_code: group.commune.code.clone(),
                cluster_id: None,
                product_ids: vec!["seed-cucumber".into()],
                strategy: GroupStrategy::default(),
            },
            now(),
        )
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let err = print_bylaws(&store, &bare.id, LangMode::Km, dir.path(), now()).unwrap_err();
    assert!(
        matches!(
            err,
            DocError::Core(CoreError::NotFound {
                entity: "by-laws",
                ..
            })
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
