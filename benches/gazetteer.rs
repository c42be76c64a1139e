//! The gazetteer: its build from the embedded `gazetteer.tsv` (the share of resource build
//! it adds to a cold start), name look-ups, and the places of the corpus articles; and the
//! institutions extractor's build, which reads its region words from it.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::gazetteer::{gazetteer, Gazetteer};
use zhnews::internals::InstitutionExtractor;

/// Names to look up: full names, short forms, a common word, an abbreviation, no place.
const NAMES: [&str; 10] = ["海淀区", "黔东南", "恩施州", "朝阳", "和平", "沪", "吉林", "屯门", "台北市", "巴黎"];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("Gazetteer::new", |b| b.iter(|| black_box(Gazetteer::new())));
    // The region words (shared by the institution rules and the tagger), built once per process.
    group.bench_function("Gazetteer::new+region_words", |b| {
        b.iter(|| {
            let g = Gazetteer::new();
            black_box(g.region_words().full.len() + g.region_words().short.len())
        })
    });
    group.bench_function("InstitutionExtractor::new", |b| b.iter(|| black_box(InstitutionExtractor::new())));
    group.finish();

    let g = gazetteer();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Elements(NAMES.len() as u64));
    group.bench_function("lookup+resolve", |b| {
        b.iter(|| {
            for name in NAMES {
                black_box(g.lookup(black_box(name)));
                black_box(g.resolve(black_box(name), &[]));
            }
        })
    });
    let texts = common::normalized_corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find/corpus", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(g.find(black_box(t)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
