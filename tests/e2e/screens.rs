//! Every screen of a loaded district, in Khmer and in English: each shows its own
//! content, and a screenshot of each is saved to look at.

use cluster_e2e::{App, TestResult, number_in};
use thirtyfour::prelude::*;

/// Screen, an element it must show, and a check of that element's text.
type Expectation = (&'static str, &'static str, fn(&str) -> bool);

const SCREENS: &[Expectation] = &[
    ("slgs", "slg-total", |t| number_in(t) == Some(12)),
    ("buyers", "buyer-total", |t| number_in(t) == Some(12)),
    ("study", "campaign-row", |t| t.contains("រលាប្អៀរ")),
    ("officials", "official-row", |t| !t.trim().is_empty()),
    ("office", "office-details", |t| {
        t.contains("040610") || t.contains("រលាប្អៀរ") || t.contains("Rolea")
    }),
    ("about", "about-gazetteer", |t| {
        t.contains("14,576") && t.contains("1,661")
    }),
];

#[tokio::test]
async fn every_screen_shows_its_content_in_both_languages() -> TestResult {
    let app = App::start().await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    for lang in ["km", "en"] {
        if lang == "en" {
            app.click("lang-toggle").await?;
            app.wait_text("lang-toggle", |t| t.trim() == "ខ្មែរ").await?;
        }
        for (screen, id, ok) in SCREENS {
            app.click(&format!("nav-{screen}")).await?;
            app.wait_text(id, ok).await?;
            app.screenshot(&format!("{screen}-{lang}")).await?;
        }
    }
    // The data folder the app reports is the one it was started on.
    app.click("nav-about").await?;
    let shown = app.testid("about-data-dir").await?.text().await?;
    assert_eq!(shown.trim(), app.data_dir.display().to_string());
    app.stop().await?;
    Ok(())
}

#[tokio::test]
async fn an_slg_lists_its_members_and_refuses_a_household_of_another_slg() -> TestResult {
    let app = App::start().await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    app.click("nav-slgs").await?;
    app.wait_text("slg-total", |t| number_in(t) == Some(12))
        .await?;

    let rows = app
        .driver
        .find_all(By::Css("[data-testid='slg-row']"))
        .await?;
    let group_name = rows[0].find(By::Tag("button")).await?.text().await?;
    rows[0].find(By::Tag("button")).await?.click().await?;
    app.testid("slg-form").await?;
    let member = app.testid("slg-member").await?;
    let name_km = member.find(By::Css("strong")).await?.text().await?;
    app.screenshot("slg-form-en").await?;
    app.button("Cancel").await?.click().await?;
    app.gone("slg-form").await?;

    let rows = app
        .driver
        .find_all(By::Css("[data-testid='slg-row']"))
        .await?;
    rows[1].find(By::Tag("button")).await?.click().await?;
    app.testid("slg-form").await?;
    let search = app.testid("slg-member-search").await?;
    app.type_in(&search, &name_km).await?;
    let candidates = app
        .wait_text("slg-candidates", |t| t.contains(&name_km))
        .await?;
    assert!(
        candidates.contains(&group_name),
        "the candidate shows its group: {candidates}"
    );
    let candidate = app
        .driver
        .query(By::XPath(format!(
            "//li[@data-testid='slg-candidate'][.//strong[normalize-space(.)='{name_km}']]"
        )))
        .first()
        .await?;
    app.click_el(&candidate.find(By::Tag("button")).await?)
        .await?;
    let refusal = app
        .wait_text("error-summary", |t| !t.trim().is_empty())
        .await?;
    assert!(
        refusal.contains(&group_name),
        "the refusal names the household's group ({group_name}): {refusal}"
    );
    app.screenshot("slg-refusal-en").await?;
    app.stop().await?;
    Ok(())
}
