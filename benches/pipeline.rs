//! End-to-end throughput: `extract` on the corpus (MB/s of UTF-8 input) and on the real pages
//! of `../shared/realdev/` when present, `extract_bytes` on GBK input (detection + decoding
//! included), and the one-time cost of `Extractor::new()`.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn pipeline(c: &mut Criterion) {
    let texts = common::corpus();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let extractor = zhnews::Extractor::new();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("extract/corpus", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(extractor.extract(black_box(t)).expect("corpus extracts"));
            }
        })
    });
    let gbk: Vec<Vec<u8>> = texts.iter().map(|t| encoding_rs::GB18030.encode(t).0.into_owned()).collect();
    group.bench_function("extract_bytes/corpus-gbk", |b| {
        b.iter(|| {
            for t in &gbk {
                black_box(extractor.extract_bytes(black_box(t)).expect("corpus extracts"));
            }
        })
    });
    if let Some(pages) = common::realdev() {
        group.throughput(Throughput::Bytes(pages.iter().map(|t| t.len() as u64).sum()));
        group.bench_function("extract/realdev", |b| {
            b.iter(|| {
                for t in &pages {
                    black_box(extractor.extract(black_box(t)).expect("realdev page extracts"));
                }
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("Extractor::builder().user_word(..).build()", |b| {
        // A user word forces a fresh set of resources: the cost of building everything once.
        b.iter(|| black_box(zhnews::Extractor::builder().user_word("测试词", None, None).build()))
    });
    // The cold start of #21: a build and a first extract of a short text. What a process
    // builds once (jieba's part-of-speech model, the lexicons, the tagger's model) is built
    // by the first iteration only; time the `extract` example on an empty file for all of it.
    group.bench_function("build + first tiny extract", |b| {
        b.iter(|| {
            let extractor = zhnews::Extractor::builder().user_word("测试词", None, None).build();
            black_box(extractor.extract("5月22日，临江市卫生健康委员会召开会议。").expect("a short text extracts"))
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
