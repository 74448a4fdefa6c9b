//! The demo district's contracts (step 5) in the states an office sees: one active and
//! on time, one active but behind on deliveries and a payment, one completed last
//! season, and a draft still missing items — with their deliveries.

use chrono::{Duration, Months, NaiveDate, NaiveDateTime};

use crate::buyer::BuyerQuery;
use crate::contract::delivery::DeliveryGradeInput;
use crate::contract::{
    ContractGrade, ContractInput, ContractPayment, ContractStatus, ContractTerms, Currency,
    DeliveryFrequency, DeliveryInput, PriceMechanism, Representative, Transport,
};
use crate::error::{CoreError, Result};
use crate::store::Store;

struct Demo<'a> {
    group: &'a str,
    buyer: &'a str,
    product: &'a str,
    variety: &'a str,
    frequency: DeliveryFrequency,
    total: f64,
    per_delivery: f64,
    starts: NaiveDate,
    months: u32,
}

impl Store {
    fn demo_group_id(&self, name: &str) -> Result<String> {
        self.producer_groups(None, true)?
            .into_iter()
            .find(|g| g.name == name)
            .map(|g| g.id)
            .ok_or_else(|| CoreError::NotFound {
                entity: "demo group",
                id: name.into(),
            })
    }

    fn demo_buyer_id(&self, name: &str) -> Result<String> {
        self.buyers(&BuyerQuery {
            search: name.into(),
            page_size: 10,
            ..Default::default()
        })?
        .rows
        .into_iter()
        .find(|b| b.name == name)
        .map(|b| b.id)
        .ok_or_else(|| CoreError::NotFound {
            entity: "demo buyer",
            id: name.into(),
        })
    }

    /// A draft from the template, filled in as the officers would.
    fn demo_contract(
        &mut self,
        d: &Demo,
        fill: impl FnOnce(&mut ContractTerms),
        now: NaiveDateTime,
    ) -> Result<String> {
        let group_ids = vec![self.demo_group_id(d.group)?];
        let buyer_id = self.demo_buyer_id(d.buyer)?;
        let mut t = self.contract_template(&group_ids, &buyer_id)?;
        let ends = d
            .starts
            .checked_add_months(Months::new(d.months))
            .map(|e| e - Duration::days(1))
            .unwrap_or(d.starts);
        t.group_rep.id_number = "040610112233".into();
        t.buyer_rep = Representative {
            name: t.buyer_rep.name.clone(),
            id_number: "010245678".into(),
            role: "ម្ចាស់អាជីវកម្ម".into(),
        };
        t.variety = d.variety.into();
        t.total_quantity = Some(d.total);
        t.quantity_per_delivery = Some(d.per_delivery);
        t.delivery_frequency = Some(d.frequency);
        t.currency = Some(Currency::Khr);
        t.delivery_schedule = "ព្រឹកថ្ងៃច័ន្ទ ម៉ោង ៧ ដល់ ៩".into();
        t.delivery_place = "ទីតាំងប្រមូលផ្តុំរបស់ក្រុម នៅសាលាឃុំ".into();
        t.transport = Some(Transport::Buyer);
        t.payment_method = Some(ContractPayment::Cash);
        t.payment_days = Some(7);
        t.starts_on = d.starts.to_string();
        t.ends_on = ends.to_string();
        t.witness_commune = "ស៊ុន សុខុម មេឃុំ".into();
        fill(&mut t);
        let c = self.save_contract(
            &ContractInput {
                id: None,
                group_ids,
                buyer_id,
                product_id: format!("seed-{}", d.product),
                terms: t,
                amendment_reason: String::new(),
            },
            now,
        )?;
        Ok(c.id)
    }

    fn demo_delivery(
        &mut self,
        contract_id: &str,
        on: NaiveDate,
        grades: &[(&str, f64, i64)],
        rejected: (f64, &str),
        paid_after: Option<i64>,
        now: NaiveDateTime,
    ) -> Result<()> {
        let amount: i64 = grades
            .iter()
            .map(|(_, q, p)| {
                crate::production_plan::revenue_khr(crate::production_plan::milli(*q), *p)
            })
            .sum();
        let paid_on = paid_after
            .map(|days| on + Duration::days(days))
            .filter(|d| *d <= now.date());
        self.save_delivery(
            &DeliveryInput {
                id: None,
                contract_id: contract_id.into(),
                delivered_on: on.to_string(),
                grades: grades
                    .iter()
                    .map(|(g, q, p)| DeliveryGradeInput {
                        grade: (*g).into(),
                        quantity: Some(*q),
                        price: Some(*p),
                    })
                    .collect(),
                rejected_quantity: Some(rejected.0),
                rejected_reason: rejected.1.into(),
                paid_amount: paid_on.map(|_| amount),
                paid_on: paid_on.map(|d| d.to_string()).unwrap_or_default(),
                notes: String::new(),
            },
            now,
        )?;
        Ok(())
    }

    pub(crate) fn build_demo_contracts(&mut self, now: NaiveDateTime) -> Result<()> {
        let today = now.date();
        let days = |n: i64| today - Duration::days(n);

        // Free-range chickens to the Chea Rov collector, weekly, on time and paid.
        let starts = days(119);
        let on_time = self.demo_contract(
            &Demo {
                group: "ក្រុមផលិតមាន់ស្រែ ជារៅ",
                buyer: "អ្នកប្រមូលទិញមាន់ ម៉ៅ សុផល",
                product: "chicken-local",
                variety: "មាន់ស្រែពូជក្នុងស្រុក",
                frequency: DeliveryFrequency::Weekly,
                total: 2_400.0,
                per_delivery: 100.0,
                starts,
                months: 12,
            },
            |t| {
                t.quality_standards =
                    "មាន់រស់ ទម្ងន់ ១,៥ ដល់ ២,៥ គ.ក ក្នុងមួយក្បាល មានសុខភាពល្អ ចាក់វ៉ាក់សាំងគ្រប់".into();
                t.price_mechanism = Some(PriceMechanism::Fixed);
                t.price = Some(16_500);
                t.packaging = "ទ្រុងឬស្សីរបស់អ្នកទិញ".into();
                t.buyer_support = "កូនមាន់ ៥០០ ក្បាល និងវ៉ាក់សាំង".into();
                t.repayment_terms = "កាត់ពីប្រាក់ទិញមាន់ ១០% ក្នុងមួយដង រហូតគ្រប់ចំនួន".into();
            },
            now,
        )?;
        self.sign_contract(&on_time, &days(124).to_string(), now)?;
        let mut rng = fastrand::Rng::with_seed(5);
        let mut week = 0;
        while starts + Duration::weeks(week) <= days(2) {
            let q = f64::from(95 + rng.u32(0..11));
            self.demo_delivery(
                &on_time,
                starts + Duration::weeks(week),
                &[("", q, 16_500)],
                (0.0, ""),
                Some(3),
                now,
            )?;
            week += 1;
        }

        // Graded chickens to the Phnom Penh supermarket, monthly: behind on deliveries,
        // and the third delivery still unpaid.
        let starts = days(150);
        let behind = self.demo_contract(
            &Demo {
                group: "ក្រុមផលិតមាន់ ក្រាំងលាវ",
                buyer: "ផ្សារទំនើប ភ្នំពេញ",
                product: "chicken-local",
                variety: "មាន់ស្រែពូជក្នុងស្រុក",
                frequency: DeliveryFrequency::Monthly,
                total: 4_800.0,
                per_delivery: 400.0,
                starts,
                months: 12,
            },
            |t| {
                t.quality_standards = "មាន់រស់ ចិញ្ចឹមដោយចំណីធម្មជាតិ គ្មានថ្នាំអង់ទីប៊ីយោទិក ៣០ ថ្ងៃមុនលក់".into();
                t.grades = vec![
                    ContractGrade {
                        grade: "A".into(),
                        description: "២ ដល់ ២,៥ គ.ក ក្នុងមួយក្បាល".into(),
                        price: Some(19_000),
                    },
                    ContractGrade {
                        grade: "B".into(),
                        description: "១,៥ ដល់ ២ គ.ក ក្នុងមួយក្បាល".into(),
                        price: Some(15_500),
                    },
                ];
                t.price_mechanism = Some(PriceMechanism::PerGrade);
                t.packaging = "ប្រអប់ដឹកមាន់មានខ្យល់ចេញចូល".into();
                t.transport = Some(Transport::Shared);
                t.payment_method = Some(ContractPayment::BankTransfer);
                t.payment_days = Some(15);
            },
            now,
        )?;
        self.sign_contract(&behind, &days(157).to_string(), now)?;
        let month = |n: u32| starts.checked_add_months(Months::new(n)).unwrap_or(starts);
        self.demo_delivery(
            &behind,
            month(0),
            &[("A", 300.0, 19_000), ("B", 90.0, 15_500)],
            (10.0, "មាន់ស្គមពេក"),
            Some(12),
            now,
        )?;
        self.demo_delivery(
            &behind,
            month(1),
            &[("A", 280.0, 19_000), ("B", 100.0, 15_500)],
            (0.0, ""),
            Some(14),
            now,
        )?;
        self.demo_delivery(
            &behind,
            month(2),
            &[("A", 150.0, 19_000), ("B", 60.0, 15_500)],
            (25.0, "មាន់ឈឺ"),
            None,
            now,
        )?;

        // Eggs to the Rolea B'ier retailer, last season: delivered in full and completed.
        let starts = days(330);
        let done = self.demo_contract(
            &Demo {
                group: "ក្រុមផលិតមាន់ស្រែ ជារៅ",
                buyer: "ហាងលក់រាយ ស៊ឹម ម៉ាលី",
                product: "chicken-egg",
                variety: "ពងមាន់ស្រែ",
                frequency: DeliveryFrequency::Monthly,
                total: 24_000.0,
                per_delivery: 4_000.0,
                starts,
                months: 6,
            },
            |t| {
                t.quality_standards = "ពងស្រស់ មិនលើសពី ៥ ថ្ងៃ សំបកស្អាត មិនប្រេះ".into();
                t.price_mechanism = Some(PriceMechanism::Fixed);
                t.price = Some(550);
                t.packaging = "ថាសពង ៣០ គ្រាប់".into();
                t.transport = Some(Transport::Group);
                t.payment_days = Some(0);
            },
            now,
        )?;
        self.sign_contract(&done, &days(335).to_string(), now)?;
        for n in 0..6 {
            let on = starts.checked_add_months(Months::new(n)).unwrap_or(starts);
            self.demo_delivery(
                &done,
                on,
                &[("", 4_000.0, 550)],
                (60.0, "ពងប្រេះ"),
                Some(0),
                now,
            )?;
        }
        let ended = starts.checked_add_months(Months::new(6)).unwrap_or(starts);
        self.set_contract_status(
            &done,
            ContractStatus::Completed,
            &ended.to_string(),
            "",
            now,
        )?;

        // Cucumbers to the Kampong Chhnang wholesaler: a draft, in US dollars, still
        // without ID numbers, witnesses or a delivery place.
        self.demo_contract(
            &Demo {
                group: "ក្រុមផលិតបន្លែ ក្រាំងលាវ",
                buyer: "ហាងលក់ដុំបន្លែ ផ្សារកំពង់ឆ្នាំង",
                product: "cucumber",
                variety: "ត្រសក់ស្រួយ",
                frequency: DeliveryFrequency::Weekly,
                total: 6_000.0,
                per_delivery: 500.0,
                starts: days(-20),
                months: 3,
            },
            |t| {
                t.group_rep.id_number.clear();
                t.buyer_rep.id_number.clear();
                t.witness_commune.clear();
                t.delivery_place.clear();
                t.quality_standards = "ផ្លែត្រង់ ប្រវែង ១៥ ដល់ ២០ ស.ម គ្មានស្នាមខូច".into();
                t.currency = Some(Currency::Usd);
                t.price_mechanism = Some(PriceMechanism::MarketFloor);
                t.price = Some(45);
                t.market_reference = "តម្លៃលក់ដុំផ្សារកំពង់ឆ្នាំង ថ្ងៃប្រគល់".into();
                t.packaging = "កញ្ជើប្លាស្ទិក ២០ គ.ក".into();
            },
            now,
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::contract::fulfilment::AlertKind;
    use crate::contract::{ContractQuery, ContractStatus};
    use crate::producer_group::GroupStatus;
    use crate::store::Store;
    use crate::testing::now;

    #[test]
    fn the_demo_district_has_contracts_in_every_state_and_one_is_late() {
        let mut store = Store::open_in_memory().unwrap();
        store.load_demo(now()).unwrap();
        let all = store.contracts(&ContractQuery::default()).unwrap();
        let status = |s: ContractStatus| all.iter().filter(|c| c.status == s).count();
        assert_eq!(
            (
                status(ContractStatus::Active),
                status(ContractStatus::Completed),
                status(ContractStatus::Draft)
            ),
            (2, 1, 1)
        );
        let draft = all
            .iter()
            .find(|c| c.status == ContractStatus::Draft)
            .unwrap();
        assert!(!draft.complete, "the draft still misses items");
        let alerts = store.contract_alerts(now().date()).unwrap();
        let kinds: Vec<AlertKind> = alerts.iter().map(|a| a.kind).collect();
        assert_eq!(kinds.len(), 2, "{alerts:?}");
        assert!(
            kinds.contains(&AlertKind::LateDelivery) && kinds.contains(&AlertKind::LatePayment)
        );
        assert!(alerts.iter().all(|a| a.buyer_name == "ផ្សារទំនើប ភ្នំពេញ"));
        let groups = store.producer_groups(None, false).unwrap();
        assert_eq!(
            groups
                .iter()
                .filter(|g| g.status == GroupStatus::Contracted)
                .count(),
            2,
            "both formed chicken groups have a contract in force"
        );
    }
}
