//! A contract in the real window: the demo's late contract is flagged on the home
//! screen; the demo draft cannot be signed while items are missing; a new contract for
//! a formed demo group starts from the template, shows its checklist, is completed,
//! signed, printed, and takes its first delivery.

use std::path::Path;
use std::time::{Duration, Instant};

use cluster_e2e::{App, TestResult};
use thirtyfour::prelude::*;

fn printed(dir: &Path, part: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().contains(part))
                .collect()
        })
        .unwrap_or_default()
}

async fn attr_becomes(el: &WebElement, name: &str, want: &str) -> TestResult<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = el.attr(name).await?.unwrap_or_default();
        if got == want || Instant::now() > deadline {
            return Ok(got);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn item(app: &App, item: &str) -> TestResult<WebElement> {
    Ok(app
        .driver
        .query(By::Css(format!(
            "[data-testid='checklist-item'][data-item='{item}']"
        )))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await?)
}

async fn fill(app: &App, path: &str, text: &str) -> TestResult {
    let field = app.testid(&format!("terms-{path}")).await?;
    field.clear().await?;
    app.type_in(&field, text).await
}

async fn set(app: &App, path: &str, value: &str) -> TestResult {
    let field = app.testid(&format!("terms-{path}")).await?;
    app.set_value(&field, value).await
}

#[tokio::test]
async fn a_contract_is_built_from_the_template_completed_signed_printed_and_delivered() -> TestResult
{
    let data = tempfile::tempdir()?;
    let prints = tempfile::tempdir()?;
    let app = App::start_with(data.path(), &[("CLUSTER_DESK_PRINT_DIR", prints.path())]).await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;

    // The supermarket contract is behind on deliveries and on a payment.
    app.testid("contract-alert").await?;
    let alerts = app
        .driver
        .find_all(By::Css("[data-testid='contract-alert']"))
        .await?;
    let mut kinds = Vec::new();
    for a in &alerts {
        kinds.push(a.attr("data-kind").await?.unwrap_or_default());
    }
    kinds.sort();
    assert_eq!(kinds, ["late_delivery", "late_payment"]);
    app.screenshot("home-contract-alerts-en").await?;

    app.click("nav-contracts").await?;
    app.testid("contract-row").await?;
    let rows = app
        .driver
        .find_all(By::Css("[data-testid='contract-row']"))
        .await?;
    assert_eq!(rows.len(), 4, "the demo's four contracts");
    app.screenshot("contracts-en").await?;

    // The demo draft lacks ID numbers, a witness and a delivery place: signing is refused
    // with what is missing.
    let draft = app
        .driver
        .find(By::Css(
            "[data-testid='contract-row'][data-status='draft'] [data-testid='contract-open']",
        ))
        .await?;
    app.click_el(&draft).await?;
    let parties = item(&app, "parties").await?;
    assert_eq!(parties.attr("data-ok").await?.as_deref(), Some("false"));
    app.click("contract-sign").await?;
    let today = chrono::Local::now().date_naive().to_string();
    app.set_value(&app.testid("contract-sign-date").await?, &today)
        .await?;
    app.click("contract-sign-confirm").await?;
    let refusal = app
        .driver
        .query(By::Css(
            "[data-testid='contract-sign-dialog'] [data-testid='form-error']",
        ))
        .wait(Duration::from_secs(10), Duration::from_millis(100))
        .first()
        .await?
        .text()
        .await?;
    assert!(!refusal.is_empty());
    app.screenshot("contract-draft-refused-en").await?;
    let status = app.testid("contract-status").await?;
    assert_eq!(status.attr("data-status").await?.as_deref(), Some("draft"));
    app.click("contract-sign-cancel").await?;

    // A new contract: eggs of the formed Chea Rov group to the Rolea B'ier retailer.
    app.click("nav-contracts").await?;
    app.click("contract-new").await?;
    app.choose("contract-group", "ក្រុមផលិតមាន់ស្រែ ជារៅ").await?;
    app.choose("contract-buyer", "ហាងលក់រាយ ស៊ឹម ម៉ាលី").await?;
    app.choose("contract-product", "Chicken egg").await?;
    app.click("contract-start").await?;
    app.testid("contract-checklist").await?;
    for missing in ["quantity", "price", "duration", "quality"] {
        let el = item(&app, missing).await?;
        assert_eq!(
            el.attr("data-ok").await?.as_deref(),
            Some("false"),
            "{missing}"
        );
    }
    let disputes = item(&app, "disputes").await?;
    assert_eq!(
        disputes.attr("data-ok").await?.as_deref(),
        Some("true"),
        "the template's clause"
    );
    app.screenshot("contract-new-checklist-en").await?;

    fill(&app, "groupRep.idNumber", "040610998877").await?;
    fill(&app, "buyerRep.idNumber", "010200300").await?;
    fill(&app, "buyerRep.role", "Owner").await?;
    fill(&app, "variety", "Free-range hens").await?;
    fill(&app, "totalQuantity", "24000").await?;
    fill(&app, "quantityPerDelivery", "2000").await?;
    set(&app, "deliveryFrequency", "monthly").await?;
    fill(&app, "qualityStandards", "Fresh, clean, uncracked").await?;
    set(&app, "priceMechanism", "fixed").await?;
    set(&app, "currency", "KHR").await?;
    fill(&app, "price", "550").await?;
    fill(
        &app,
        "deliverySchedule",
        "First Monday of the month, 7-9 am",
    )
    .await?;
    fill(&app, "deliveryPlace", "Chea Rov commune hall").await?;
    fill(&app, "packaging", "Trays of 30").await?;
    set(&app, "transport", "group").await?;
    set(&app, "paymentMethod", "cash").await?;
    fill(&app, "paymentDays", "0").await?;
    let start = (chrono::Local::now().date_naive() - chrono::Duration::days(10)).to_string();
    let end = (chrono::Local::now().date_naive() + chrono::Duration::days(355)).to_string();
    set(&app, "startsOn", &start).await?;
    set(&app, "endsOn", &end).await?;
    fill(&app, "witnessCommune", "Sun Sokhom, commune chief").await?;
    app.click("contract-save").await?;
    let complete = app.testid("contract-complete").await?;
    let got = attr_becomes(&complete, "data-complete", "true").await?;
    if got != "true" {
        app.screenshot("contract-incomplete-en").await?;
    }
    assert_eq!(got, "true");
    app.screenshot("contract-complete-en").await?;

    app.click("contract-sign").await?;
    app.set_value(&app.testid("contract-sign-date").await?, &start)
        .await?;
    app.click("contract-sign-confirm").await?;
    let status = app.testid("contract-status").await?;
    assert_eq!(
        attr_becomes(&status, "data-status", "signed").await?,
        "signed"
    );

    app.click("print-contract").await?;
    app.wait_text("print-contract-result", |t| t.contains(".pdf"))
        .await?;
    let pdfs = printed(prints.path(), "contract 0406-");
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    assert!(std::fs::metadata(&pdfs[0])?.len() > 10_000);

    // The first delivery makes the contract active.
    app.click("delivery-new").await?;
    app.set_value(&app.testid("delivery-date").await?, &today)
        .await?;
    let quantity = app.testid("delivery-grade-quantity").await?;
    app.type_in(&quantity, "1980").await?;
    let price = app.testid("delivery-grade-price").await?;
    price.clear().await?;
    app.type_in(&price, "550").await?;
    app.click("delivery-save").await?;
    app.testid("delivery-row").await?;
    let status = app.testid("contract-status").await?;
    assert_eq!(
        attr_becomes(&status, "data-status", "active").await?,
        "active"
    );
    app.screenshot("contract-delivered-en").await?;

    // The same page in Khmer, from its top.
    app.click("lang-toggle").await?;
    app.driver.execute("window.scrollTo(0, 0);", vec![]).await?;
    app.screenshot("contract-page-km").await?;
    Ok(())
}
