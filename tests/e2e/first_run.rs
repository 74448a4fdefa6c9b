//! First start: an empty data folder becomes an office database with the whole
//! gazetteer; the office is set up through the first-run form; the language choice
//! persists across starts.

use cluster_e2e::{App, TestResult};

#[tokio::test]
async fn first_run_sets_up_the_office_in_khmer() -> TestResult {
    // The test keeps the folder: the database is read again after the app closes.
    let data_dir = tempfile::tempdir()?;
    let app = App::start_in(data_dir.path()).await?;
    assert_eq!(
        app.page_lang().await?,
        "km",
        "Khmer is the default language"
    );
    app.testid("setup-office-form").await?;
    app.screenshot("first-run-km").await?;

    app.pick("picker-province", "Kampong Chhnang").await?;
    app.pick("picker-district", "Rolea").await?;
    for commune in ["040610", "040606", "040608", "040612"] {
        app.click(&format!("target-commune-{commune}")).await?;
    }
    app.click("setup-submit").await?;
    let name = app
        .wait_text("office-name", |t| t.contains("រលាប្អៀរ"))
        .await?;
    assert!(
        name.contains("ការិយាល័យកសិកម្មស្រុក"),
        "office name prefilled from the district: {name}"
    );
    app.screenshot("home-after-setup-km").await?;
    app.stop().await?;

    let store = cluster_core::Store::open_in_dir(data_dir.path())?;
    let counts = store.gazetteer_counts()?;
    assert_eq!(
        (
            counts.provinces,
            counts.districts,
            counts.communes,
            counts.villages
        ),
        (25, 210, 1661, 14576),
        "the database in CLUSTER_DESK_DATA_DIR holds the whole gazetteer"
    );
    let office = store.require_office()?;
    assert_eq!(office.district.code, "0406");
    assert_eq!(office.target_communes.len(), 4);
    assert!(!office.is_demo);
    Ok(())
}

#[tokio::test]
async fn the_language_switch_is_one_click_and_persists() -> TestResult {
    let dir = tempfile::tempdir()?;
    let app = App::start_in(dir.path()).await?;
    app.testid("setup-office-form").await?;
    let toggle = app.testid("lang-toggle").await?;
    assert_eq!(toggle.text().await?.trim(), "English");
    toggle.click().await?;
    app.wait_text("lang-toggle", |t| t.trim() == "ខ្មែរ").await?;
    assert_eq!(app.page_lang().await?, "en");
    app.button("Load demo district").await?;
    app.screenshot("first-run-en").await?;
    app.stop().await?;

    let again = App::start_in(dir.path()).await?;
    again
        .wait_text("lang-toggle", |t| t.trim() == "ខ្មែរ")
        .await?;
    assert_eq!(
        again.page_lang().await?,
        "en",
        "the choice survives a restart"
    );
    again.stop().await?;
    Ok(())
}
