//! The one error type of the crate.

/// What can go wrong when turning input into a record.
///
/// Everything else — damaged bytes, unknown layouts, text with no facts — still yields a
/// record; these are the cases where no meaningful record exists.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than the configured limit (default 16 MiB).
    #[error("input of {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    /// The input looks like binary data, not text.
    #[error("input is not text: {reason}")]
    NotText { reason: &'static str },
    /// Strict decoding met a malformed byte sequence.
    #[error("malformed {encoding} at byte offset {offset}")]
    Decode { encoding: &'static str, offset: usize },
    /// An encoding label that the WHATWG Encoding Standard does not know.
    #[error("unknown encoding label {0:?}")]
    UnknownEncoding(String),
    /// A reference date that is not an ISO 8601 date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with an optional time).
    #[error("invalid date {0:?}: expected ISO 8601 such as 2024-05-23")]
    InvalidDate(String),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
