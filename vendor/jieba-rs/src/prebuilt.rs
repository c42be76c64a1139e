//! The byte form of the embedded dictionary and part-of-speech model (PATCH.md).
//!
//! `build.rs` runs the crate's own loaders over `src/data/dict.txt` and
//! `src/data/posseg.txt` and writes the tables they build with [`Writer`];
//! the crate reads them back with [`Reader`] at start-up, with no
//! decompression, no text parsing and no hashing of 350 k words. Numbers
//! are little-endian; a string is its byte length (`u32`) and its bytes.

/// Appends numbers and strings (the build script's side).
#[allow(dead_code)] // used by build.rs only
pub(crate) struct Writer(pub(crate) Vec<u8>);

#[allow(dead_code)] // used by build.rs only
impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub(crate) fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f64(&mut self, v: f64) {
        self.u64(v.to_bits());
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
}

/// Reads back what [`Writer`] wrote, in the same order.
pub(crate) struct Reader<'a>(pub(crate) &'a [u8]);

impl<'a> Reader<'a> {
    #[inline]
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let (head, rest) = self.0.split_first_chunk::<N>().expect("truncated prebuilt data");
        self.0 = rest;
        *head
    }
    #[inline]
    pub(crate) fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }
    #[inline]
    pub(crate) fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.take())
    }
    #[inline]
    pub(crate) fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    #[inline]
    pub(crate) fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
    #[inline]
    pub(crate) fn f64(&mut self) -> f64 {
        f64::from_bits(self.u64())
    }
    pub(crate) fn str(&mut self) -> &'a str {
        let len = self.u32() as usize;
        let (s, rest) = self.0.split_at(len);
        self.0 = rest;
        std::str::from_utf8(s).expect("prebuilt string is UTF-8")
    }
}
