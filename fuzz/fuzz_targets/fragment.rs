//! Text → the record of a fragment read as text (`Extractor::extract`; the fragment mode
//! `extract_text` is not on this branch yet): offsets hold in the given text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: zhnews_fuzz::warm_up(), |text: &str| {
    if let Ok(article) = zhnews::extract(text) {
        zhnews_fuzz::assert_located(text, &article);
    }
});
