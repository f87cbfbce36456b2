//! `Envelope`: one log entry with its sequence number, record time, format
//! version and checksum around the encoded payload.
//!
//! Layout (big-endian header): magic `0xE5`, format version `u16`, seq `u64`,
//! recorded_at `i64` seconds, payload length `u32`, payload, then a CRC-32 of
//! everything before it.

use super::StoreError;
use super::codec::{self, Record};
use crate::limits::RECORD_BYTES_MAX;

/// First byte of every envelope.
pub const MAGIC: u8 = 0xE5;
/// The only envelope format this build reads and writes.
pub const FORMAT_VERSION: u16 = 1;
const HEADER_BYTES: usize = 1 + 2 + 8 + 8 + 4;
const CRC_BYTES: usize = 4;

/// One entry of the append-only log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// Position in the log, from 1, gap-free.
    pub seq: u64,
    /// When the database learned it (seconds since 1970, UTC).
    pub recorded_at: i64,
    /// The payload.
    pub record: Record,
}

impl Envelope {
    /// Encodes header, payload and checksum.
    pub fn encode(&self) -> Result<Vec<u8>, StoreError> {
        let payload = codec::encode(&self.record)?;
        if payload.len() > RECORD_BYTES_MAX {
            return Err(StoreError::RecordTooLarge { bytes: payload.len() });
        }
        let mut bytes =
            Vec::with_capacity(HEADER_BYTES + payload.len() + CRC_BYTES);
        bytes.push(MAGIC);
        bytes.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
        bytes.extend_from_slice(&self.seq.to_be_bytes());
        bytes.extend_from_slice(&self.recorded_at.to_be_bytes());
        let payload_len = u32::try_from(payload.len())
            .map_err(|_| StoreError::RecordTooLarge { bytes: payload.len() })?;
        bytes.extend_from_slice(&payload_len.to_be_bytes());
        bytes.extend_from_slice(&payload);
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_be_bytes());
        Ok(bytes)
    }

    /// Decodes and checks an envelope; every problem is a typed error that
    /// names what was wrong, never a panic.
    pub fn decode(bytes: &[u8]) -> Result<Envelope, EnvelopeError> {
        if bytes.len() < HEADER_BYTES + CRC_BYTES {
            return Err(EnvelopeError::Truncated { bytes: bytes.len() });
        }
        let (body, crc_bytes) = bytes.split_at(bytes.len() - CRC_BYTES);
        let stored_crc = u32::from_be_bytes(array(crc_bytes)?);
        let actual_crc = crc32fast::hash(body);
        if stored_crc != actual_crc {
            return Err(EnvelopeError::ChecksumMismatch {
                stored_crc,
                actual_crc,
            });
        }
        if body.first() != Some(&MAGIC) {
            return Err(EnvelopeError::BadMagic);
        }
        let version = u16::from_be_bytes(array(body.get(1..3).unwrap_or(&[]))?);
        if version != FORMAT_VERSION {
            return Err(EnvelopeError::UnknownFormatVersion { version });
        }
        let seq = u64::from_be_bytes(array(body.get(3..11).unwrap_or(&[]))?);
        let recorded_at =
            i64::from_be_bytes(array(body.get(11..19).unwrap_or(&[]))?);
        let len = u32::from_be_bytes(array(body.get(19..23).unwrap_or(&[]))?)
            as usize;
        let payload = body.get(HEADER_BYTES..).unwrap_or(&[]);
        if payload.len() != len {
            return Err(EnvelopeError::LengthMismatch {
                stated: len,
                actual: payload.len(),
            });
        }
        let record = codec::decode_limited::<Record, RECORD_BYTES_MAX>(payload)
            .map_err(EnvelopeError::Payload)?;
        Ok(Envelope { seq, recorded_at, record })
    }
}

fn array<const N: usize>(bytes: &[u8]) -> Result<[u8; N], EnvelopeError> {
    bytes
        .try_into()
        .map_err(|_| EnvelopeError::Truncated { bytes: bytes.len() })
}

/// Why a stored envelope could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// Fewer bytes than a header and checksum need.
    #[error("truncated envelope of {bytes} bytes")]
    Truncated {
        /// Bytes present.
        bytes: usize,
    },
    /// The CRC-32 does not match the bytes.
    #[error(
        "checksum mismatch: stored {stored_crc:08x}, computed {actual_crc:08x}"
    )]
    ChecksumMismatch {
        /// Checksum stored in the envelope.
        stored_crc: u32,
        /// Checksum of the bytes as read.
        actual_crc: u32,
    },
    /// The first byte is not the envelope magic.
    #[error("not an envelope (bad magic byte)")]
    BadMagic,
    /// Written by a format this build does not know.
    #[error("unknown format version {version}")]
    UnknownFormatVersion {
        /// The version found.
        version: u16,
    },
    /// The stated payload length disagrees with the bytes present.
    #[error("payload length {stated} stated but {actual} present")]
    LengthMismatch {
        /// Length in the header.
        stated: usize,
        /// Length present.
        actual: usize,
    },
    /// The payload does not decode.
    #[error("payload does not decode: {0}")]
    Payload(String),
}
