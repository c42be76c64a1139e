//! Throughput of the normalizer in bytes: clean simplified text (one scan, nothing to do),
//! traditional text with emoji and pinyin glosses, and text damaged by mojibake.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::Normalizer;

fn corpus(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| std::fs::read_to_string(format!("corpus/{n}")).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn bench(c: &mut Criterion) {
    let n = Normalizer::new();
    // Clean simplified: the simplified articles with their ASCII punctuation made Chinese.
    let simplified = n
        .normalize(&corpus(&["000_minhang_wha.txt", "001_yuyu_exchange.txt", "004_shanghai_2024_priorities.txt"]))
        .into_string();
    let traditional =
        corpus(&["002_shanghai_primary_care_trad_emoji.txt", "003_community_forum_trad_pinyin_mojibake.txt"]);
    let (damaged, _, _) = encoding_rs::GBK.decode(simplified.as_bytes());
    let damaged = damaged.into_owned();
    let mut g = c.benchmark_group("normalize");
    for (name, text) in
        [("clean_simplified", &simplified), ("traditional", &traditional), ("damaged_utf8_as_gbk", &damaged)]
    {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| n.normalize(black_box(text))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
