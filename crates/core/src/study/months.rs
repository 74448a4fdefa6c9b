//! Months of the year as the 12-bit masks the store keeps (bit 0 = January) and the
//! month numbers (1–12) the UI and the documents use.

/// The mask of a list of month numbers; `None` when a number is outside 1–12.
pub fn mask(months: &[u8]) -> Option<u16> {
    months.iter().try_fold(0u16, |mask, &m| {
        (1..=12).contains(&m).then(|| mask | 1 << (m - 1))
    })
}

/// The month numbers of a mask, in calendar order.
pub fn numbers(mask: u16) -> Vec<u8> {
    (1..=12u8).filter(|m| mask & (1 << (m - 1)) != 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_round_trip_through_the_mask() {
        assert_eq!(mask(&[1, 12, 6]), Some(0b1000_0010_0001));
        assert_eq!(numbers(0b1000_0010_0001), [1, 6, 12]);
        assert_eq!(mask(&[0]), None);
        assert_eq!(mask(&[13]), None);
        assert_eq!(mask(&[]), Some(0));
    }
}
