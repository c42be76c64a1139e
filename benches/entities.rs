//! Throughput (bytes of title and body sentences, normalized, per second) of segmentation
//! and of institution and person extraction on the corpus articles.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::ArticleParser;
use zhnews::internals::InstitutionExtractor;
use zhnews::internals::PersonExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{Doc, Facts};

fn bench(c: &mut Criterion) {
    let texts = common::normalized_corpus();
    let segmenter = Segmenter::new(&[]);
    let parser = ArticleParser::new();
    let layouts: Vec<_> = texts.iter().map(|t| parser.parse(t)).collect();
    // Throughput counts the bytes these stages read: the title and body sentences.
    let bytes: usize = layouts.iter().flat_map(|l| l.sentences.iter().map(|s| s.len())).sum();
    let institutions = InstitutionExtractor::new();
    let people = PersonExtractor::new();

    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("segmentation", |b| {
        b.iter(|| {
            for (text, layout) in texts.iter().zip(&layouts) {
                black_box(Doc::new(text, layout, &segmenter, None));
            }
        })
    });
    let docs: Vec<Doc<'_>> = texts.iter().zip(&layouts).map(|(t, l)| Doc::new(t, l, &segmenter, None)).collect();
    group.bench_function("institutions", |b| {
        b.iter(|| {
            for doc in &docs {
                let mut facts = Facts::default();
                institutions.extract(doc, &mut facts);
                black_box(facts);
            }
        })
    });
    group.bench_function("institutions+people", |b| {
        b.iter(|| {
            for doc in &docs {
                let mut facts = Facts::default();
                institutions.extract(doc, &mut facts);
                people.extract(doc, &mut facts);
                black_box(facts);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
