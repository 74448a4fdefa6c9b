//! The documents of guideline steps 2 and 3 from the demo district, read back as a
//! reader copies them (`pdftotext`, which takes `/ActualText`): the SLG meeting's
//! minutes and pack, a cluster's plan and the forum's report. Checks that need
//! `pdftotext` say so and pass where it is missing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use cluster_core::{
    Cluster, InvitationStatus, ParticipantCategory, PartnerRole, Sex, SlgMeeting, Store,
};
use cluster_documents::LangMode;
use cluster_documents::files::{
    print_cluster_plan, print_forum_report, print_meeting_pack, print_slg_meeting_minutes,
};
use cluster_documents::forms::cluster_plan::cluster_plan;
use cluster_documents::forms::forum_report::forum_report;
use cluster_documents::forms::market_brief::market_brief;
use cluster_documents::forms::meeting_pack::meeting_pack;
use cluster_documents::forms::slg_meeting_minutes::slg_meeting_minutes;
use cluster_documents::labels::{brief, forum as forum_labels, meetings};
use cluster_documents::lang::digits;

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

fn first_meeting(store: &Store) -> SlgMeeting {
    let id = store.slg_meetings(None).unwrap().remove(0).id;
    store.slg_meeting(&id).unwrap()
}

fn minutes_of(store: &Store, meeting: &SlgMeeting, mode: LangMode) -> Vec<u8> {
    let office = store.require_office().unwrap();
    let study = meeting
        .campaign_id
        .as_deref()
        .map(|id| store.campaign(id).unwrap());
    slg_meeting_minutes(&office, meeting, study.as_ref(), mode).unwrap()
}

fn clusters(store: &Store) -> Vec<Cluster> {
    store.clusters(None, false).unwrap()
}

/// The text of `pdf` (or of its pages `first`–`last`), `-layout` keeping a table's row on
/// one line.
fn pdftotext_with(pdf: &[u8], args: &[&str]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .args(args)
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    pdftotext_with(pdf, &[])
}

fn page_text(pdf: &[u8], page: usize) -> Option<String> {
    let n = page.to_string();
    pdftotext_with(pdf, &["-f", &n, "-l", &n])
}

/// Text with every run of white space dropped: lines wrap where the page is narrow.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

fn pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/Count").expect("a page tree");
    text[at + "/Count".len()..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a page count")
}

#[test]
fn the_minutes_give_the_counts_and_the_planned_products() {
    let store = demo();
    let meeting = first_meeting(&store);
    let planned: Vec<_> = meeting.products.iter().filter(|p| p.in_plan).collect();
    assert!((6..=8).contains(&planned.len()), "the demo plans 6–8 types");

    let pdf = minutes_of(&store, &meeting, LangMode::En);
    let Some(text) = pdftotext_with(&pdf, &["-layout"]) else {
        eprintln!("NOTE: pdftotext (poppler-utils) is missing: the minutes are not checked");
        return;
    };
    let c = meeting.counts;
    let counts_row = text
        .lines()
        .skip_while(|l| !l.contains(meetings::ATTENDING.en))
        .skip(1)
        .find(|l| !l.trim().is_empty())
        .expect("the counts under their header");
    let figures: Vec<u32> = counts_row
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(figures, [c.total, c.women, c.youth, c.young_women]);
    assert_eq!(c.total as usize, meeting.attendees.len());

    let flat = squeezed(&pdftotext(&pdf).unwrap());
    let sentence = squeezed(&format!(
        "The group agreed a production plan of {} crop or animal types: {}.",
        planned.len(),
        planned
            .iter()
            .map(|p| p.product.name_en.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    assert!(flat.contains(&sentence), "{sentence} not in the minutes");
    assert!(!flat.contains(&squeezed(meetings::PLAN_OUTSIDE.en)[..20]));
    // The study presented is named, and every attendee is listed.
    let study = store
        .campaign(meeting.campaign_id.as_deref().unwrap())
        .unwrap();
    assert!(text.contains(&study.name));
    for a in &meeting.attendees {
        assert!(
            flat.contains(&squeezed(&a.name)),
            "{} is not listed",
            a.name
        );
    }

    // The Khmer minutes: the counts in Khmer digits, the plan in Khmer names.
    let pdf = minutes_of(&store, &meeting, LangMode::Km);
    let text = pdftotext(&pdf).unwrap();
    let flat = squeezed(&text);
    let lang = cluster_core::Lang::Km;
    let intro = squeezed(&format!(
        "ក្រុមបានឯកភាពលើផែនការផលិត {} មុខ៖",
        digits(planned.len(), lang)
    ));
    assert!(flat.contains(&intro), "{intro} not in the Khmer minutes");
    for p in &planned {
        assert!(
            flat.contains(&squeezed(&p.product.name_km)),
            "{}",
            p.product.name_km
        );
    }
    assert!(flat.contains(&digits(c.total, lang)));
    assert!(flat.contains(&squeezed(meetings::SWOT.km)));
    for item in meeting.swot.strengths.iter().chain(&meeting.swot.threats) {
        assert!(flat.contains(&squeezed(item)), "SWOT item {item}");
    }
    assert!(!text.contains('\u{25CC}'), "a dotted circle was printed");
}

#[test]
fn a_plan_outside_six_to_eight_types_shows_the_note() {
    let store = demo();
    let mut meeting = first_meeting(&store);
    for (i, p) in meeting.products.iter_mut().enumerate() {
        p.in_plan = i < 3;
    }
    for mode in LangMode::ALL {
        let pdf = minutes_of(&store, &meeting, mode);
        let Some(text) = pdftotext(&pdf) else {
            eprintln!("NOTE: pdftotext is missing: the note is not checked");
            return;
        };
        let flat = squeezed(&text);
        if mode != LangMode::Km {
            assert!(
                flat.contains(&squeezed(
                    "Note: the guideline asks a group to plan 6 to 8 crop or animal types; this plan has 3."
                )),
                "{mode:?}: {text}"
            );
        }
        if mode != LangMode::En {
            assert!(
                flat.contains(&squeezed(
                    "ចំណាំ៖ គោលការណ៍ណែនាំស្នើឱ្យក្រុមរៀបចំផែនការផលិតពី ៦ ទៅ ៨ មុខ។ ផែនការនេះមាន ៣ មុខ។"
                )),
                "{mode:?}: {text}"
            );
        }
    }
    // No plan at all says so, with the note.
    for p in &mut meeting.products {
        p.in_plan = false;
    }
    let text = pdftotext(&minutes_of(&store, &meeting, LangMode::En)).unwrap();
    let flat = squeezed(&text);
    assert!(flat.contains(&squeezed(meetings::NO_PLAN.en)));
    assert!(flat.contains(&squeezed("this plan has 0.")));
}

#[test]
fn the_cluster_plan_lists_its_buyers_and_the_plans_products_with_their_months() {
    let store = demo();
    let office = store.require_office().unwrap();
    let all = clusters(&store);
    assert_eq!(all.len(), 2);
    for cluster in &all {
        let forum = cluster
            .forum_id
            .as_deref()
            .map(|id| store.forum(id).unwrap());
        let pdf = cluster_plan(&office, cluster, forum.as_ref(), LangMode::En).unwrap();
        let Some(text) = pdftotext_with(&pdf, &["-layout"]) else {
            eprintln!("NOTE: pdftotext is missing: the cluster plan is not checked");
            return;
        };
        let flat = squeezed(&text);
        assert!(flat.contains(&squeezed(&cluster.name)));
        let buyers: Vec<_> = cluster
            .partners
            .iter()
            .filter(|p| p.role == PartnerRole::Buyer)
            .collect();
        assert!(!buyers.is_empty(), "the demo's clusters have buyers");
        for b in &buyers {
            assert!(flat.contains(&squeezed(&b.name)), "buyer {}", b.name);
        }
        assert!(
            flat.contains(&squeezed(&forum.unwrap().title)),
            "where it was formed"
        );
        let plan_rows: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with(meetings::PRODUCTION_PLAN.en))
            .take_while(|l| !l.starts_with(meetings::STRATEGY.en))
            .collect();
        for line in &cluster.plan {
            // The product's row names its months and its yearly total.
            let first_word = line.product.name_en.split(' ').next().unwrap();
            let row = plan_rows
                .iter()
                .find(|l| l.trim_start().starts_with(first_word))
                .unwrap_or_else(|| panic!("{} has no row:\n{text}", line.product.name_en));
            // The demo's seasons: all year for chickens, the dry season for vegetables.
            let months = match line.product.id.as_str() {
                "seed-cucumber" => "Nov–May",
                "seed-long-bean" => "Nov–Apr",
                "seed-chinese-kale" => "Dec–Mar",
                _ => "All year",
            };
            assert!(row.contains(months), "{months} not in {row:?}");
            let yearly = (line.quantity_per_month * line.months.len() as f64).round() as i64;
            let grouped = cluster_documents::lang::grouped(yearly, cluster_core::Lang::En);
            assert!(row.contains(&grouped), "{grouped} not in {row:?}");
        }
        for action in &cluster.actions {
            assert!(flat.contains(&squeezed(&action.activity)));
        }
    }
    // The vegetable cluster grows in the dry season, over the new year.
    let vegetables = &all[1];
    let text = pdftotext(&cluster_plan(&office, vegetables, None, LangMode::Km).unwrap()).unwrap();
    assert!(text.contains("វិច្ឆិកា–ឧសភា"), "{text}");
    assert!(!text.contains('\u{25CC}'));
}

#[test]
fn the_forum_report_counts_attendance_by_category_as_the_core_does() {
    let store = demo();
    let office = store.require_office().unwrap();
    let forum = store.forums(false).unwrap().remove(0);
    let participants = store.forum_participants(&forum.id, false).unwrap();
    let formed = store.clusters(Some(&forum.id), false).unwrap();
    let pdf = forum_report(&office, &forum, &participants, &formed, LangMode::En).unwrap();
    let Some(text) = pdftotext_with(&pdf, &["-layout"]) else {
        eprintln!("NOTE: pdftotext is missing: the forum report is not checked");
        return;
    };
    let figures = |line: &str| -> Vec<usize> {
        line.split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect()
    };
    // The total row is the core's count.
    let total = text
        .lines()
        .find(|l| l.trim_start().starts_with("Total") && figures(l).len() == 3)
        .expect("a total row");
    let women = participants
        .iter()
        .filter(|p| p.status == InvitationStatus::Attended && p.sex == Some(Sex::Female))
        .count();
    assert_eq!(
        figures(total),
        [forum.participants as usize, forum.attended as usize, women]
    );
    assert!(squeezed(&text).contains(&squeezed(&format!(
        "{} of the {} people invited attended, {women} of them women.",
        forum.attended, forum.participants
    ))));
    // Each category's row.
    for &category in ParticipantCategory::ALL {
        let of: Vec<_> = participants
            .iter()
            .filter(|p| p.category == category)
            .collect();
        let label = forum_labels::category(category).en;
        let row = text.lines().find(|l| l.trim_start().starts_with(label));
        if of.is_empty() {
            assert!(row.is_none(), "{label}: nobody invited, no row");
            continue;
        }
        let row = row.unwrap_or_else(|| panic!("no row for {label}"));
        let attended = of
            .iter()
            .filter(|p| p.status == InvitationStatus::Attended)
            .count();
        let women = of
            .iter()
            .filter(|p| p.status == InvitationStatus::Attended && p.sex == Some(Sex::Female))
            .count();
        assert_eq!(figures(row), [of.len(), attended, women], "{label}");
    }
    // The clusters, their buyers and their next steps.
    let flat = squeezed(&text);
    for cluster in &formed {
        assert!(flat.contains(&squeezed(&cluster.name)));
        for p in &cluster.partners {
            assert!(flat.contains(&squeezed(&p.name)), "{}", p.name);
        }
        for a in &cluster.actions {
            assert!(flat.contains(&squeezed(&a.activity)), "{}", a.activity);
        }
    }
    assert!(flat.contains(&squeezed(meetings::NEXT_STEPS.en)));
}

#[test]
fn the_meeting_pack_has_the_agenda_the_brief_and_the_swot_worksheet() {
    let store = demo();
    let office = store.require_office().unwrap();
    let meeting = first_meeting(&store);
    let campaign = store.campaigns(false).unwrap().remove(0);
    let analysis = store.campaign_analysis(&campaign.id, None).unwrap();
    let willing = store.willing_vendors(&campaign.id).unwrap();
    for mode in LangMode::ALL {
        let brief_alone =
            market_brief(&office, &campaign, &analysis, &willing, mode, now().date()).unwrap();
        let brief_pages = pages(&brief_alone);
        let pdf = meeting_pack(
            &office,
            &meeting.slg_name,
            Some((&campaign, &analysis, &willing)),
            mode,
            now().date(),
        )
        .unwrap();
        let total = pages(&pdf);
        assert_eq!(
            total,
            1 + brief_pages + 1,
            "{mode:?}: agenda, brief, worksheet"
        );
        let Some(agenda) = page_text(&pdf, 1) else {
            eprintln!("NOTE: pdftotext is missing: the pack's pages are not checked");
            return;
        };
        let (km, en) = (mode != LangMode::En, mode != LangMode::Km);
        let agenda = squeezed(&agenda);
        let first_brief = squeezed(&page_text(&pdf, 2).unwrap());
        let worksheet = squeezed(&page_text(&pdf, total).unwrap());
        if en {
            assert!(agenda.contains(&squeezed(meetings::AGENDA.en)));
            assert!(agenda.contains(&squeezed(meetings::AGENDA_SWOT.en)));
            assert!(agenda.contains(&squeezed("Agreeing the production plan of 6 to 8")));
            assert!(agenda.contains(&squeezed(&format!("pages 2–{}", 1 + brief_pages))));
            assert!(agenda.contains(&squeezed(&format!("page {total}"))));
            assert!(first_brief.contains(&squeezed(brief::TITLE.en)));
            assert!(worksheet.contains(&squeezed(meetings::WORKSHEET.en)));
            // Each box's prompt begins with its question (the boxes' lines interleave).
            for question in [
                "What does our group do well?",
                "What outside could hurt us?",
            ] {
                assert!(worksheet.contains(&squeezed(question)), "{mode:?}");
            }
        }
        if km {
            assert!(agenda.contains(&squeezed(meetings::AGENDA.km)));
            assert!(agenda.contains(&squeezed(meetings::AGENDA_WELCOME.km)));
            assert!(first_brief.contains(&squeezed(brief::TITLE.km)));
            for label in [
                meetings::STRENGTHS,
                meetings::WEAKNESSES,
                meetings::OPPORTUNITIES,
                meetings::THREATS,
            ] {
                assert!(worksheet.contains(&squeezed(label.km)), "{mode:?}");
            }
        }
        assert!(agenda.contains(&squeezed(&meeting.slg_name)));
    }
    // Without a study: the agenda says so, then the worksheet.
    let pdf = meeting_pack(&office, &meeting.slg_name, None, LangMode::En, now().date()).unwrap();
    assert_eq!(pages(&pdf), 2);
    if let Some(text) = pdftotext(&pdf) {
        assert!(squeezed(&text).contains(&squeezed(meetings::NO_STUDY.en)));
    }
}

#[test]
fn each_document_prints_in_every_mode_into_the_folder_without_replacing_a_file() {
    let store = demo();
    let dir = tempfile::tempdir().unwrap();
    let meeting = first_meeting(&store);
    let campaign = store.campaigns(false).unwrap().remove(0);
    let cluster = clusters(&store).remove(0);
    let forum = store.forums(false).unwrap().remove(0);
    for mode in LangMode::ALL {
        let printed = [
            print_slg_meeting_minutes(&store, &meeting.id, mode, dir.path(), now()).unwrap(),
            print_meeting_pack(
                &store,
                &meeting.slg_id,
                Some(&campaign.id),
                mode,
                dir.path(),
                now(),
            )
            .unwrap(),
            print_meeting_pack(&store, &meeting.slg_id, None, mode, dir.path(), now()).unwrap(),
            print_cluster_plan(&store, &cluster.id, mode, dir.path(), now()).unwrap(),
            print_forum_report(&store, &forum.id, mode, dir.path(), now()).unwrap(),
        ];
        for path in &printed {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                name.ends_with(&format!(".{}.pdf", mode.suffix())) || name.ends_with("-2.pdf"),
                "{name}"
            );
            assert!(std::fs::read(path).unwrap().starts_with(b"%PDF"), "{name}");
        }
        let names: Vec<String> = printed
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(names[0].starts_with(&format!(
            "slg-meeting-minutes {} {}",
            meeting.slg_name, meeting.held_on
        )));
        assert!(names[1].starts_with(&format!("meeting-pack {} 2026-11-23", meeting.slg_name)));
        assert!(
            names[2].ends_with("-2.pdf"),
            "the second pack keeps the first: {}",
            names[2]
        );
        assert!(names[3].starts_with(&format!("cluster-plan {} 2026-11-23", cluster.name)));
        assert!(names[4].starts_with(&format!("forum-report {}", forum.held_on)));
    }
    assert!(
        print_cluster_plan(&store, "no-such-cluster", LangMode::Km, dir.path(), now()).is_err()
    );
}

#[test]
fn empty_records_say_so_instead_of_empty_tables() {
    let store = demo();
    let office = store.require_office().unwrap();
    let mut meeting = first_meeting(&store);
    meeting.campaign_id = None;
    meeting.attendees.clear();
    meeting.products.clear();
    meeting.swot = Default::default();
    meeting.support_needs.clear();
    let mut cluster = clusters(&store).remove(0);
    cluster.plan.clear();
    cluster.actions.clear();
    cluster.business_strategy.clear();
    let forum = store.forums(false).unwrap().remove(0);
    for mode in LangMode::ALL {
        let minutes = slg_meeting_minutes(&office, &meeting, None, mode).unwrap();
        let plan = cluster_plan(&office, &cluster, None, mode).unwrap();
        let report = forum_report(&office, &forum, &[], &[], mode).unwrap();
        let Some(minutes) = pdftotext(&minutes) else {
            eprintln!("NOTE: pdftotext is missing: the empty documents are not checked");
            return;
        };
        let (minutes, plan, report) = (
            squeezed(&minutes),
            squeezed(&pdftotext(&plan).unwrap()),
            squeezed(&pdftotext(&report).unwrap()),
        );
        let said = |text: &str, label: cluster_documents::Text| {
            let words = if mode == LangMode::En {
                label.en
            } else {
                label.km
            };
            assert!(text.contains(&squeezed(words)), "{mode:?}: {words}");
        };
        for label in [
            meetings::NO_STUDY_PRESENTED,
            meetings::NO_PRODUCTS,
            meetings::NO_PLAN,
            meetings::NO_ATTENDEES,
        ] {
            said(&minutes, label);
        }
        said(&plan, meetings::NO_PLAN_LINES);
        said(&plan, meetings::NO_ACTIONS);
        said(&report, meetings::NO_CLUSTERS);
    }
}
