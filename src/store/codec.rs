//! Versioned payload encoding: the only place that calls bincode.
//!
//! bincode 2.0.1 is used through its serde API only, always with a size
//! limit, and trailing bytes are rejected here (bincode does not).

use super::StoreError;
use crate::article::Article;
use crate::domain::Observation;
use crate::limits::PROJECTION_VALUE_BYTES_MAX;
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// One payload of the append-only log. Variants are only ever appended:
/// bincode numbers variants by position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    /// An article, with its full text, entered the database.
    ArticleAdded(Article),
    /// Extraction of an article produced these observations.
    ObservationsRecorded {
        /// The article they came from.
        article_id: String,
        /// The extraction rules' version.
        extractor_version: u32,
        /// Every observation, in text order.
        observations: Vec<Observation>,
    },
    /// An article was withdrawn; its observations leave the chronology.
    ArticleRetracted {
        /// The article withdrawn.
        article_id: String,
    },
    /// A retracted article was ingested again and is live once more.
    ArticleRestored {
        /// The article restored.
        article_id: String,
    },
}

impl Record {
    /// The article this record concerns.
    pub fn article_id(&self) -> &str {
        match self {
            Record::ArticleAdded(article) => &article.id,
            Record::ObservationsRecorded { article_id, .. }
            | Record::ArticleRetracted { article_id }
            | Record::ArticleRestored { article_id } => article_id,
        }
    }

    /// A short name for listings.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Record::ArticleAdded(_) => "ArticleAdded",
            Record::ObservationsRecorded { .. } => "ObservationsRecorded",
            Record::ArticleRetracted { .. } => "ArticleRetracted",
            Record::ArticleRestored { .. } => "ArticleRestored",
        }
    }
}

type Config<const LIMIT: usize> = bincode::config::Configuration<
    bincode::config::LittleEndian,
    bincode::config::Varint,
    bincode::config::Limit<LIMIT>,
>;

fn config<const LIMIT: usize>() -> Config<LIMIT> {
    bincode::config::standard().with_limit::<LIMIT>()
}

/// Encodes a value with the project's bincode configuration.
///
/// The bytes are those `bincode::serde::encode_to_vec` gives; they are
/// written into a buffer kept per thread and copied out once, instead of
/// into a vector that grows (and is copied) several times per value.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    /// A buffer grown beyond this by one large value is not kept.
    const KEPT_BYTES_MAX: usize = 1 << 20;
    let config = config::<PROJECTION_VALUE_BYTES_MAX>();
    let error = |error: bincode::error::EncodeError| {
        StoreError::Encode(error.to_string())
    };
    BUFFER.with(|cell| {
        let Ok(mut buffer) = cell.try_borrow_mut() else {
            return bincode::serde::encode_to_vec(value, config).map_err(error);
        };
        buffer.clear();
        let written =
            bincode::serde::encode_into_std_write(value, &mut *buffer, config);
        let out = written.map(|_| buffer.to_vec()).map_err(error);
        if buffer.capacity() > KEPT_BYTES_MAX {
            *buffer = Vec::new();
        }
        out
    })
}

/// Encodes a value with the project's bincode configuration and a size
/// limit of `LIMIT` bytes.
pub fn encode_limited<T: Serialize, const LIMIT: usize>(
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    let bytes = bincode::serde::encode_to_vec(value, config::<LIMIT>())
        .map_err(|error| StoreError::Encode(error.to_string()))?;
    if bytes.len() > LIMIT {
        return Err(StoreError::RecordTooLarge { bytes: bytes.len() });
    }
    Ok(bytes)
}

/// Decodes a projection value, rejecting trailing bytes and lengths over
/// the projection value limit.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    decode_limited::<T, PROJECTION_VALUE_BYTES_MAX>(bytes)
}

/// Decodes the leading fields of a projection value: `T` is a struct
/// whose fields are the first fields of the value's type, in order (the
/// rest is left unread). Lengths over the projection value limit are
/// rejected as `decode` rejects them.
pub fn decode_head<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    const LIMIT: usize = PROJECTION_VALUE_BYTES_MAX;
    if bytes.len() > LIMIT {
        return Err(format!("{} bytes exceed the limit", bytes.len()));
    }
    bincode::serde::decode_from_slice::<T, _>(bytes, config::<LIMIT>())
        .map(|(value, _)| value)
        .map_err(|error| error.to_string())
}

/// Decodes a projection value that may borrow strings from `bytes`,
/// rejecting trailing bytes and lengths over the projection value limit.
pub fn decode_borrowed<'a, T: serde::Deserialize<'a>>(
    bytes: &'a [u8],
) -> Result<T, String> {
    const LIMIT: usize = PROJECTION_VALUE_BYTES_MAX;
    if bytes.len() > LIMIT {
        return Err(format!("{} bytes exceed the limit", bytes.len()));
    }
    let (value, consumed) = bincode::serde::borrow_decode_from_slice::<T, _>(
        bytes,
        config::<LIMIT>(),
    )
    .map_err(|error| error.to_string())?;
    whole(bytes, consumed)?;
    Ok(value)
}

/// An error when a decoder stopped before the end of its bytes.
fn whole(bytes: &[u8], consumed: usize) -> Result<(), String> {
    if consumed == bytes.len() {
        Ok(())
    } else {
        Err(format!(
            "{} trailing bytes after the value",
            bytes.len().saturating_sub(consumed)
        ))
    }
}

/// Decodes a value with a size limit of `LIMIT` bytes: no length inside it
/// can make the decoder allocate more.
pub fn decode_limited<T: DeserializeOwned, const LIMIT: usize>(
    bytes: &[u8],
) -> Result<T, String> {
    if bytes.len() > LIMIT {
        return Err(format!("{} bytes exceed the limit", bytes.len()));
    }
    let (value, consumed) =
        bincode::serde::decode_from_slice::<T, _>(bytes, config::<LIMIT>())
            .map_err(|error| error.to_string())?;
    whole(bytes, consumed)?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_gives_the_bytes_of_encode_to_vec() {
        let config = config::<PROJECTION_VALUE_BYTES_MAX>();
        let big = "x".repeat(3 << 20);
        let values: Vec<(u32, Vec<String>, Option<&str>)> = vec![
            (0, vec![], None),
            (7, vec!["a".into(), "\u{e9}t\u{e9}".into()], Some("q")),
            (u32::MAX, vec![big.clone()], Some(&big)),
            (1, vec!["after a large one".into()], None),
        ];
        for value in &values {
            let expected =
                bincode::serde::encode_to_vec(value, config).expect("encodes");
            assert_eq!(encode(value).expect("encodes"), expected);
        }
    }
}
