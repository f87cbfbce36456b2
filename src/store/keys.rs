//! Big-endian key layout, so that sled's byte order is numeric order.

use crate::domain::Day;

/// The log key of a sequence number.
pub fn seq_key(seq: u64) -> [u8; 8] {
    seq.to_be_bytes()
}

/// The sequence number of a log key, if it has the right width.
pub fn seq_of_key(key: &[u8]) -> Option<u64> {
    let bytes: [u8; 8] = key.try_into().ok()?;
    Some(u64::from_be_bytes(bytes))
}

/// A day as four bytes whose byte order is date order, also before 1970 and
/// before year 1: the sign bit is flipped.
pub fn day_key(day: Day) -> [u8; 4] {
    ((day.0 as u32) ^ (1u32 << 31)).to_be_bytes()
}

/// The day of a `day_key`.
pub fn day_of_key(key: [u8; 4]) -> Day {
    Day((u32::from_be_bytes(key) ^ (1u32 << 31)) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_key_orders_like_days_across_zero() {
        let days = [i32::MIN, -700_000, -1, 0, 1, 719_163, i32::MAX];
        for pair in days.windows(2) {
            let (a, b) = (Day(pair[0]), Day(pair[1]));
            assert!(day_key(a) < day_key(b), "{a:?} {b:?}");
            assert_eq!(day_of_key(day_key(a)), a);
        }
    }
}
