//! The market study of the demo district, driven as an officer would: a vendor
//! interview typed in from the paper form moves the priority ranking; a price far from
//! the usual asks before it is saved.

use cluster_e2e::{App, TestResult};
use thirtyfour::prelude::*;

/// The product names of the ranking, first rank first.
async fn ranking(app: &App) -> TestResult<Vec<String>> {
    app.testid("ranking-row").await?;
    let mut names = Vec::new();
    for row in app
        .driver
        .find_all(By::Css("[data-testid='ranking-row']"))
        .await?
    {
        names.push(row.text().await?);
    }
    Ok(names)
}

#[tokio::test]
async fn an_interview_typed_in_moves_the_ranking() -> TestResult {
    let app = App::start().await?;
    app.click("lang-toggle").await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;

    app.click("nav-study").await?;
    app.wait_text("campaign-row", |t| t.contains("រលាប្អៀរ"))
        .await?;
    app.screenshot("study-campaigns-en").await?;
    let row = app.testid("campaign-row").await?;
    app.click_el(&row.find(By::Tag("button")).await?).await?;
    app.testid("campaign-name").await?;
    app.screenshot("study-campaign-en").await?;

    app.click("tab-analysis").await?;
    let before = ranking(&app).await?;
    assert!(
        before.len() >= 10,
        "the demo ranks its products: {before:?}"
    );
    assert!(
        !before.iter().any(|r| r.contains("Honey")),
        "nobody in the demo asked for honey"
    );
    app.testid("chart-demand").await?;
    app.screenshot("study-analysis-en").await?;

    // A wholesaler at the provincial market buys 40 litres of honey a day, all from
    // Thailand, and would buy from a local group.
    app.click("tab-interviews").await?;
    app.click("new-interview").await?;
    app.testid("interview-form").await?;
    app.choose("interview-market", "ផ្សារលើកំពង់ឆ្នាំង").await?;
    app.type_in(&app.testid("interview-vendor").await?, "Chea Sokha")
        .await?;
    app.click("interview-sex-female").await?;
    app.choose("interview-vendor-kind", "Wholesaler").await?;
    app.type_in(&app.testid("interview-phone").await?, "012 777 888")
        .await?;
    app.pick("line-product", "Honey").await?;
    app.type_in(&app.testid("line-quantity").await?, "40")
        .await?;
    app.click("all-year").await?;
    // 600,000 riel a litre: a slip of the pen for 60,000.
    app.type_in(&app.testid("line-buy-price").await?, "600000")
        .await?;
    app.choose("line-source", "Thailand").await?;
    app.click_el(&app.testid("line-willing").await?).await?;
    app.type_in(&app.testid("line-willing-quantity").await?, "20")
        .await?;
    app.screenshot("study-interview-en").await?;
    app.click("save-interview").await?;

    // The core asks before keeping a price outside honey's usual range …
    let anyway = app.testid("save-anyway").await?;
    app.screenshot("study-interview-confirm-en").await?;
    // … and the officer corrects it instead.
    app.type_in(&app.testid("line-buy-price").await?, "60000")
        .await?;
    app.click("save-interview").await?;
    app.gone("interview-form").await?;
    drop(anyway);

    app.click("tab-analysis").await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let after = loop {
        let now = ranking(&app).await?;
        if now.iter().any(|r| r.contains("Honey")) || std::time::Instant::now() > deadline {
            break now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let honey = after.iter().position(|r| r.contains("Honey"));
    assert!(
        honey.is_some_and(|rank| rank < 3),
        "40 l a day of imported honey with a willing buyer ranks near the top: {after:?}"
    );
    assert_eq!(after.len(), before.len() + 1);
    app.screenshot("study-analysis-after-en").await?;

    // Weighing only the price part reorders the ranking, and the order stays after a
    // reload of the screen (the weights are the campaign's).
    for w in ["weight-demand", "weight-gap", "weight-willing"] {
        let slider = app.testid(w).await?;
        app.driver
            .execute(
                "arguments[0].value = '0'; arguments[0].dispatchEvent(new Event('input', {bubbles: true})); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vec![slider.to_json()?],
            )
            .await?;
    }
    app.wait_text("weight-demand-value", |t| t.trim() == "0")
        .await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let price_only = loop {
        let now = ranking(&app).await?;
        if now != after || std::time::Instant::now() > deadline {
            break now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    assert_ne!(price_only, after, "the ranking moves with the weights");

    app.click("tab-willing").await?;
    let vendor = app.wait_text("willing-vendor", |t| !t.is_empty()).await?;
    assert!(!vendor.is_empty());
    app.screenshot("study-willing-en").await?;

    app.click("lang-toggle").await?;
    app.click("tab-analysis").await?;
    app.testid("ranking-row").await?;
    app.screenshot("study-analysis-km").await?;
    app.stop().await?;
    Ok(())
}

#[tokio::test]
async fn the_markets_the_catalogue_and_a_new_campaign_in_khmer() -> TestResult {
    let app = App::start().await?;
    app.click("load-demo").await?;
    app.testid("demo-badge").await?;
    app.click("nav-study").await?;
    app.testid("campaign-row").await?;

    app.click("study-markets").await?;
    app.testid("market-row").await?;
    let markets = app
        .driver
        .find_all(By::Css("[data-testid='market-row']"))
        .await?;
    assert_eq!(markets.len(), 4, "the demo studies four markets");
    app.screenshot("study-markets-km").await?;

    app.driver.back().await?;
    app.click("study-products").await?;
    app.testid("product-row").await?;
    let products = app
        .driver
        .find_all(By::Css("[data-testid='product-row']"))
        .await?;
    assert!(
        products.len() >= 60,
        "the seeded catalogue: {}",
        products.len()
    );
    app.screenshot("study-products-km").await?;

    app.driver.back().await?;
    app.click("campaign-new").await?;
    app.testid("campaign-save").await?;
    app.screenshot("study-campaign-form-km").await?;
    // Saving it empty names what is missing and creates nothing.
    app.click("campaign-save").await?;
    app.testid("form-error").await?;
    app.screenshot("study-campaign-form-errors-km").await?;
    app.stop().await?;
    Ok(())
}
