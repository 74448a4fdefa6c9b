//! The budget in the real window: an expenditure beyond the demo commune's envelope is
//! refused with what is left, saved once a reason and who allowed it are given, and the
//! commune's balance shows it.

use std::time::{Duration, Instant};

use cluster_e2e::{App, TestResult};
use thirtyfour::prelude::*;

const COMMUNE: &str = "040610";

async fn left_cents(app: &App) -> TestResult<i64> {
    let card = app
        .driver
        .query(By::Css(format!(
            "[data-testid='commune-budget'][data-commune='{COMMUNE}']"
        )))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await?;
    Ok(card
        .attr("data-left-cents")
        .await?
        .unwrap_or_default()
        .parse()?)
}

#[tokio::test]
async fn an_expenditure_beyond_the_envelope_needs_a_reason_and_shows_in_the_balance() -> TestResult
{
    let data = tempfile::tempdir()?;
    let app = App::start_in(data.path()).await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    app.testid("budget-use").await?;
    app.screenshot("home-budget-use-en").await?;

    app.click("nav-budget").await?;
    let before = left_cents(&app).await?;
    assert!(
        (0..10_000).contains(&before),
        "the demo commune is close to its envelope: {before}"
    );
    app.screenshot("budget-en").await?;

    app.click("expenditure-new").await?;
    let today = chrono::Local::now().date_naive().to_string();
    app.set_value(&app.testid("expenditure-date").await?, &today)
        .await?;
    app.set_value(&app.testid("expenditure-line").await?, "forum")
        .await?;
    app.set_value(&app.testid("expenditure-commune").await?, COMMUNE)
        .await?;
    app.set_value(&app.testid("expenditure-currency").await?, "USD")
        .await?;
    app.type_in(&app.testid("expenditure-amount").await?, "50")
        .await?;
    app.type_in(
        &app.testid("expenditure-payee").await?,
        "Rolea B'ier restaurant",
    )
    .await?;
    app.type_in(&app.testid("expenditure-voucher").await?, "D-099")
        .await?;
    app.click("expenditure-save").await?;
    let refusal = app
        .driver
        .query(By::Css(
            "[data-testid='form-error'][data-field='overReason']",
        ))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await?
        .text()
        .await?;
    assert!(refusal.contains("50"), "{refusal}");
    app.screenshot("budget-over-envelope-en").await?;
    assert_eq!(left_cents(&app).await?, before, "nothing saved");

    app.type_in(
        &app.testid("expenditure-over-reason").await?,
        "Second forum asked for by the province",
    )
    .await?;
    app.type_in(&app.testid("expenditure-over-by").await?, "DAO chief")
        .await?;
    app.click("expenditure-save").await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut after = left_cents(&app).await?;
    while after == before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        after = left_cents(&app).await?;
    }
    assert_eq!(after, before - 5_000);
    let rows = app
        .driver
        .find_all(By::Css("[data-testid='expenditure-row']"))
        .await?;
    let mut found = false;
    for r in rows {
        found |= r.text().await?.contains("D-099");
    }
    assert!(found, "the journal lists the new entry");
    app.screenshot("budget-overspent-en").await?;
    Ok(())
}
