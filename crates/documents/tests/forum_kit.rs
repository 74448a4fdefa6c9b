//! The district forum's kit from the demo district, read back as a reader copies it
//! (`pdftotext`, which takes `/ActualText`): the invitation names its addressee, the
//! reference number, the forum's day in Khmer and the chief, one page each; the agenda
//! lists its items in time order; the attendance sheet lists the invitees under their
//! category and leaves blank rows; every piece prints in each mode and lands in a
//! folder without replacing a file. Text checks say so and pass where `pdftotext` is
//! missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{
    Forum, InvitationStatus, Office, Official, OfficialRole, Participant, ParticipantCategory,
    Store,
};
use cluster_documents::LangMode;
use cluster_documents::files::{
    print_forum_agenda, print_forum_attendance, print_forum_invitations, print_forum_name_cards,
};
use cluster_documents::forms::forum_agenda::forum_agenda;
use cluster_documents::forms::forum_attendance::forum_attendance;
use cluster_documents::forms::forum_invitation::forum_invitations;
use cluster_documents::forms::forum_name_cards::forum_name_cards;
use cluster_documents::labels::forum as labels;
use cluster_documents::lang::digits;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 30, 0))
        .unwrap()
}

/// Two weeks before the demo forum (21 April): the letters ask to confirm by a date.
fn before_the_forum() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 6).unwrap()
}

struct Kit {
    store: Store,
    office: Office,
    forum: Forum,
    guests: Vec<Participant>,
    chief: Official,
}

fn kit() -> Kit {
    let mut store = Store::open_in_memory().unwrap();
    let office = store.load_demo(now()).unwrap();
    let forum = store.forums(false).unwrap().remove(0);
    let guests: Vec<Participant> = store
        .forum_participants(&forum.id, false)
        .unwrap()
        .into_iter()
        .filter(|p| p.status != InvitationStatus::Declined)
        .collect();
    let chief = store
        .officials(false)
        .unwrap()
        .into_iter()
        .find(|o| o.role == OfficialRole::DaoChief)
        .expect("the demo office has a chief");
    Kit {
        store,
        office,
        forum,
        guests,
        chief,
    }
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("kit.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| squash(&String::from_utf8_lossy(&out.stdout)))
}

/// Text without white space: a line may break between two Khmer words that have no
/// space between them, and pdftotext then puts one there.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

fn pages(pdf: &[u8]) -> usize {
    // The page tree's count: "/Count 4".
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/Count").expect("a page tree");
    text[at + "/Count".len()..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a page count")
}

/// The text of each page, split at the form feeds pdftotext puts between them.
fn page_texts(pdf: &[u8]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("kit.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Some(
        text.split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .map(squash)
            .collect(),
    )
}

#[test]
fn each_invitation_names_its_addressee_the_reference_the_day_in_khmer_and_the_chief() {
    let k = kit();
    let invitees = &k.guests[..3];
    let pdf = forum_invitations(
        &k.office,
        &k.forum,
        Some(&k.chief),
        invitees,
        LangMode::Km,
        before_the_forum(),
    )
    .unwrap();
    assert_eq!(pages(&pdf), 3, "one page per invitee");
    let Some(letters) = page_texts(&pdf) else {
        eprintln!("NOTE: pdftotext (poppler-utils) is missing: the letters' text is not checked");
        return;
    };
    assert_eq!(letters.len(), 3);
    for (letter, invitee) in letters.iter().zip(invitees) {
        let has = |what: &str, why: &str| {
            assert!(
                letter.contains(&squash(what)),
                "{why}: {what:?} not in\n{letter}"
            );
        };
        has("ព្រះរាជាណាចក្រកម្ពុជា", "the Kingdom's heading");
        has(labels::TO.km, "the address formula");
        has(&invitee.name, "the addressee");
        has(
            &format!("លេខ៖ {}", k.forum.reference_no),
            "the reference number",
        );
        has("ថ្ងៃអង្គារ ទី២១ ខែមេសា ឆ្នាំ២០២៦", "the forum's day");
        has("៧:៣០ ព្រឹក ដល់ម៉ោង ៤:១៥ រសៀល", "the hours, from the agenda");
        has(&k.forum.venue, "the venue");
        has("កម្មវត្ថុ៖", "the subject line");
        has("ឱ្យបានត្រឹមថ្ងៃទី១៨ ខែមេសា ឆ្នាំ២០២៦", "the date to confirm by");
        has(&k.chief.name_km, "the chief who signs");
        has(labels::CHIEF.km, "the chief's title");
        has("ថ្ងៃទី៦ ខែមេសា ឆ្នាំ២០២៦", "the letter's date");
        for other in invitees.iter().filter(|p| p.name != invitee.name) {
            assert!(
                !letter.contains(&squash(&other.name)),
                "{} on another's letter",
                other.name
            );
        }
    }
}

#[test]
fn every_guest_gets_a_page_and_without_invitees_one_letter_goes_to_all() {
    let k = kit();
    assert!(k.guests.len() > 20, "the demo forum has its guests");
    for mode in LangMode::ALL {
        // km-en is the longest letter: every guest in it, a few in the others.
        let guests = match mode {
            LangMode::KmEn => &k.guests[..],
            _ => &k.guests[..5],
        };
        let all = forum_invitations(
            &k.office,
            &k.forum,
            Some(&k.chief),
            guests,
            mode,
            now().date(),
        )
        .unwrap();
        assert_eq!(pages(&all), guests.len(), "{mode:?}: one page per invitee");
        let generic =
            forum_invitations(&k.office, &k.forum, None, &[], mode, now().date()).unwrap();
        assert_eq!(pages(&generic), 1, "{mode:?}: one generic letter");
        if let Some(text) = pdftotext(&generic) {
            let all_invited = match mode {
                LangMode::En => labels::ALL_INVITED.en,
                _ => labels::ALL_INVITED.km,
            };
            assert!(text.contains(&squash(all_invited)), "{mode:?}: {text}");
            if mode == LangMode::KmEn {
                assert!(text.contains(&squash(labels::ALL_INVITED.en)));
                assert!(text.contains(&squash("Tuesday 21 April 2026")));
            }
        }
    }
}

#[test]
fn a_letter_with_long_objectives_still_fits_its_page() {
    let k = kit();
    let mut forum = k.forum.clone();
    forum.objectives = k.forum.objectives.repeat(5);
    for mode in LangMode::ALL {
        let pdf = forum_invitations(
            &k.office,
            &forum,
            Some(&k.chief),
            &k.guests[..2],
            mode,
            now().date(),
        )
        .unwrap();
        assert_eq!(pages(&pdf), 2, "{mode:?}");
    }
}

#[test]
fn the_agenda_lists_every_item_in_time_order() {
    let k = kit();
    let mut forum = k.forum.clone();
    // Entered in any order, printed in time order.
    forum.agenda.reverse();
    assert!(forum.agenda.len() >= 9);
    for mode in [LangMode::Km, LangMode::En] {
        let pdf = forum_agenda(&k.office, &forum, mode).unwrap();
        assert_eq!(pages(&pdf), 1, "{mode:?}: the agenda fits a page");
        let Some(text) = pdftotext(&pdf) else {
            eprintln!("NOTE: pdftotext is missing: the agenda's text is not checked");
            return;
        };
        let mut from = 0;
        for item in &k.forum.agenda {
            let words = if mode == LangMode::En {
                &item.item_en
            } else {
                &item.item_km
            };
            // The cell may wrap: the item's first word, in order after the previous.
            let first = words.split_whitespace().next().unwrap();
            let at = text[from..]
                .find(first)
                .unwrap_or_else(|| panic!("{mode:?}: {words:?} missing or out of order"));
            from += at + first.len();
        }
        let time = if mode == LangMode::En {
            "7:30–8:00"
        } else {
            "៧:៣០–៨:០០"
        };
        assert!(text.contains(time), "{mode:?}: the first slot's hours");
    }
}

#[test]
fn the_attendance_sheet_lists_invitees_under_their_category_then_blank_rows() {
    let k = kit();
    let blank = 15;
    let pdf = forum_attendance(&k.office, &k.forum, &k.guests, blank, LangMode::Km).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let Some(text) = pdftotext(&pdf) else {
        eprintln!("NOTE: pdftotext is missing: the sheet's text is not checked");
        return;
    };
    // Category headings in the guideline's order, each followed by its invitees.
    let present: Vec<ParticipantCategory> = ParticipantCategory::ALL
        .iter()
        .copied()
        .filter(|c| k.guests.iter().any(|p| p.category == *c))
        .collect();
    assert!(present.len() >= 8);
    let mut from = 0;
    for category in &present {
        let heading = squash(labels::category(*category).km);
        let at = text[from..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} missing or out of order"));
        from += at + heading.len();
        for p in k.guests.iter().filter(|p| p.category == *category) {
            let name = squash(&p.name);
            let at = text[from..]
                .find(&name)
                .unwrap_or_else(|| panic!("{} not under {heading}", p.name));
            from += at + name.len();
        }
    }
    let write_in = text[from..]
        .find(&squash(labels::WRITE_IN.km))
        .expect("the write-in rows' heading after the invitees");
    let rest = &text[from + write_in..];
    let last = digits(k.guests.len() + blank, cluster_core::Lang::Km);
    assert!(rest.contains(&last), "numbered blank rows up to {last}");
    assert!(rest.contains("សរុបអ្នកចូលរួម"), "the totals to fill");
}

#[test]
fn every_piece_prints_in_each_mode() {
    let k = kit();
    for mode in LangMode::ALL {
        let pieces = [
            forum_invitations(
                &k.office,
                &k.forum,
                Some(&k.chief),
                &k.guests[..1],
                mode,
                now().date(),
            )
            .unwrap(),
            forum_agenda(&k.office, &k.forum, mode).unwrap(),
            forum_attendance(&k.office, &k.forum, &k.guests, 15, mode).unwrap(),
            forum_name_cards(&k.forum, &k.guests, mode).unwrap(),
        ];
        for pdf in &pieces {
            assert!(pdf.starts_with(b"%PDF"), "{mode:?}");
        }
        assert_eq!(
            pages(&pieces[3]),
            k.guests.len().div_ceil(2),
            "{mode:?}: two name cards a page"
        );
        if let Some(text) = pdftotext(&pieces[3]) {
            let name = &k.guests[0].name;
            assert_eq!(
                text.matches(&squash(name)).count(),
                2,
                "{mode:?}: {name} on both faces of the tent"
            );
        }
    }
    let blank = forum_name_cards(&k.forum, &[], LangMode::Km).unwrap();
    assert_eq!(pages(&blank), 1, "a page of blank tents");
}

#[test]
fn the_kit_lands_in_the_folder_and_never_replaces_a_file() {
    let k = kit();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let all = print_forum_invitations(&k.store, &k.forum.id, None, LangMode::Km, d, now()).unwrap();
    assert!(
        all.to_string_lossy()
            .ends_with("forum-invitations 2026-11-23.km.pdf")
    );
    assert_eq!(
        pages(&std::fs::read(&all).unwrap()),
        k.guests.len(),
        "declined left out"
    );
    let again =
        print_forum_invitations(&k.store, &k.forum.id, None, LangMode::Km, d, now()).unwrap();
    assert!(again.to_string_lossy().ends_with("-2.pdf"), "{again:?}");
    let one = print_forum_invitations(
        &k.store,
        &k.forum.id,
        Some(&k.guests[0].id),
        LangMode::En,
        d,
        now(),
    )
    .unwrap();
    assert_eq!(pages(&std::fs::read(&one).unwrap()), 1);
    assert!(one.to_string_lossy().contains(&k.guests[0].name));
    for path in [
        print_forum_agenda(&k.store, &k.forum.id, LangMode::KmEn, d, now()).unwrap(),
        print_forum_attendance(&k.store, &k.forum.id, LangMode::Km, d, now()).unwrap(),
        print_forum_name_cards(&k.store, &k.forum.id, LangMode::En, d, now()).unwrap(),
    ] {
        assert!(
            std::fs::read(&path).unwrap().starts_with(b"%PDF"),
            "{path:?}"
        );
    }
    let declined = k
        .store
        .forum_participants(&k.forum.id, false)
        .unwrap()
        .into_iter()
        .find(|p| p.status == InvitationStatus::Declined)
        .expect("the demo has a declined invitation");
    let pdf = std::fs::read(d.join("forum-attendance 2026-11-23.km.pdf")).unwrap();
    if let Some(text) = pdftotext(&pdf) {
        assert!(
            !text.contains(&squash(&declined.name)),
            "declined left off the sheet"
        );
    }
}
