//! Text → fragment mode (`Extractor::extract_text` with `TextOptions`). The first byte picks
//! the options: none, the first line as a title, a publication date and a source, or all of
//! them. Offsets index the given text, or `Article::text` (title, line break, text) when a
//! title is given.
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhnews::TextOptions;

fuzz_target!(init: zhnews_fuzz::warm_up(), |data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let Ok(input) = std::str::from_utf8(rest) else { return };
    let (title, text) = match input.split_once('\n') {
        Some((title, text)) if choice & 1 == 1 => (Some(title), text),
        _ => (None, input),
    };
    let mut options = TextOptions::new();
    if let Some(title) = title {
        options = options.title(title);
    }
    if choice & 2 == 2 {
        options = options.published_at("2024-03-01 09:30").expect("a valid date").source("健康报");
    }
    if let Ok(article) = zhnews_fuzz::extractor().extract_text(text, &options) {
        let located = match title {
            Some(_) => article.text.clone().expect("a titled fragment reports its text"),
            None => text.to_string(),
        };
        zhnews_fuzz::assert_located(&located, &article);
    }
});
