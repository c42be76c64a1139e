//! Throughput of the program and event extractors alone (MB/s of normalized text), on the
//! corpus articles already normalized, laid out and segmented: the cost of this stage,
//! without the segmentation it shares with the other extractors.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::ArticleParser;
use zhnews::internals::EventExtractor;
use zhnews::internals::ProgramExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{Doc, Facts};

fn programs_events(c: &mut Criterion) {
    let texts = common::normalized_corpus();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let parser = ArticleParser::new();
    let segmenter = Segmenter::new(&[]);
    let layouts: Vec<_> = texts.iter().map(|t| parser.parse(t)).collect();
    let docs: Vec<Doc<'_>> = texts.iter().zip(&layouts).map(|(t, l)| Doc::new(t, l, &segmenter, None)).collect();
    let programs = ProgramExtractor::new();
    let events = EventExtractor::new();

    let mut group = c.benchmark_group("programs_events");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("programs/corpus", |b| {
        b.iter(|| {
            for doc in &docs {
                let mut facts = Facts::default();
                programs.extract(black_box(doc), &mut facts);
                black_box(facts);
            }
        })
    });
    group.bench_function("events/corpus", |b| {
        b.iter(|| {
            for doc in &docs {
                let mut facts = Facts::default();
                events.extract(black_box(doc), &mut facts);
                black_box(facts);
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("ProgramExtractor::new + EventExtractor::new", |b| {
        b.iter(|| black_box((ProgramExtractor::new(), EventExtractor::new())))
    });
    group.finish();
}

criterion_group!(benches, programs_events);
criterion_main!(benches);
