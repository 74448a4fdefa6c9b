//! The demo district and the household register, driven as an officer would.

use cluster_e2e::{App, TestResult, number_in};

/// Loads the demo district from the first-run screen and waits for the home screen.
async fn demo(app: &App) -> TestResult<u32> {
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    let text = app
        .wait_text("dashboard-households", |t| {
            number_in(t).is_some_and(|n| n > 0)
        })
        .await?;
    Ok(number_in(&text).unwrap_or_default())
}

#[tokio::test]
async fn the_demo_district_loads_and_shows_in_both_languages() -> TestResult {
    let app = App::start().await?;
    let households = demo(&app).await?;
    assert!(
        (280..=340).contains(&households),
        "about 300 demo households, saw {households}"
    );
    let office = app.testid("office-name").await?.text().await?;
    assert!(office.contains("រលាប្អៀរ"), "{office}");
    app.screenshot("home-demo-km").await?;

    app.click("nav-households").await?;
    let total = app
        .wait_text("household-total", |t| number_in(t) == Some(households))
        .await?;
    assert!(!total.is_empty());
    app.screenshot("households-km").await?;

    app.click("lang-toggle").await?;
    app.wait_text("lang-toggle", |t| t.trim() == "ខ្មែរ").await?;
    app.wait_text("household-total", |t| t.contains("Households found"))
        .await?;
    app.screenshot("households-en").await?;
    app.click("nav-home").await?;
    app.testid("dashboard-households").await?;
    app.screenshot("home-demo-en").await?;
    app.stop().await?;
    Ok(())
}

#[tokio::test]
async fn a_new_household_is_saved_and_found_by_search() -> TestResult {
    let app = App::start().await?;
    app.click("lang-toggle").await?;
    let before = demo(&app).await?;
    app.click("nav-households").await?;
    app.wait_text("household-total", |t| number_in(t) == Some(before))
        .await?;

    app.click("household-new").await?;
    app.testid("household-form").await?;
    // Saving an empty form names the missing field and saves nothing.
    app.click("household-save").await?;
    let err = app.testid("form-error").await?;
    assert!(
        !err.text().await?.trim().is_empty(),
        "a message says what is missing"
    );

    let km = app.labelled("Head of household name (Khmer)").await?;
    app.type_in(&km, "ស្រេង សុវណ្ណារី").await?;
    let latin = app
        .labelled("Head of household name (Latin letters)")
        .await?;
    app.type_in(&latin, "Sreng Sovannary").await?;
    app.labelled("Female").await?.click().await?;
    app.type_in(&app.labelled("Year of birth").await?, "1998")
        .await?;
    app.type_in(&app.labelled("Household members").await?, "4")
        .await?;
    app.type_in(&app.labelled("Women in the household").await?, "2")
        .await?;
    app.pick("picker-commune", "Krang Leav").await?;
    app.pick("picker-village", "Thmei").await?;
    app.type_in(&app.labelled("Phone").await?, "097 555 1234")
        .await?;
    app.screenshot("household-form-en").await?;
    app.click("household-save").await?;
    app.wait_text("household-total", |t| number_in(t) == Some(before + 1))
        .await?;

    let search = app.testid("household-search").await?;
    app.type_in(&search, "sovannary").await?;
    let rows = app
        .wait_text("household-rows", |t| t.contains("Sreng Sovannary"))
        .await?;
    assert!(rows.contains("ស្រេង សុវណ្ណារី"));
    app.wait_text("household-total", |t| number_in(t) == Some(1))
        .await?;

    app.type_in(&search, "សុវណ្ណារី").await?;
    app.wait_text("household-rows", |t| t.contains("Sreng Sovannary"))
        .await?;
    app.type_in(&search, "097 555").await?;
    app.wait_text("household-rows", |t| t.contains("Sreng Sovannary"))
        .await?;
    app.screenshot("households-search-en").await?;
    app.stop().await?;
    Ok(())
}
