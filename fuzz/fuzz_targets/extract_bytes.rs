//! Bytes → `extract_bytes`: a record whose offsets hold in the decoded text, or a typed error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: zhnews_fuzz::warm_up(), |data: &[u8]| {
    let extractor = zhnews_fuzz::extractor();
    if let Ok(article) = extractor.extract_bytes(data) {
        let decoded = extractor.decode(data).expect("decodes as extract_bytes did");
        zhnews_fuzz::assert_located(&decoded.text, &article);
    }
});
