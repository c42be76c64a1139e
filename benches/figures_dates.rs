//! Throughput of the date and figure extractors (the stage alone: normalization, layout
//! and segmentation are done once, outside the measured loop), in bytes of normalized text.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::ArticleParser;
use zhnews::internals::DateExtractor;
use zhnews::internals::FigureExtractor;
use zhnews::internals::Segmenter;
use zhnews::internals::{Doc, Facts};
use zhnews::DateValue;

fn bench(c: &mut Criterion) {
    let normalized = zhnews::normalize(&common::corpus().join("\n"));
    let text = normalized.as_str();
    let layout = ArticleParser::new().parse(text);
    let segmenter = Segmenter::new(&[]);
    let doc = Doc::new(text, &layout, &segmenter, DateValue::parse("2024-06-01"));
    let dates = DateExtractor::new();
    let figures = FigureExtractor::new();
    let mut group = c.benchmark_group("figures_dates");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("dates+figures", |b| {
        b.iter(|| {
            let mut facts = Facts::default();
            dates.extract(black_box(&doc), &mut facts);
            figures.extract(black_box(&doc), &mut facts);
            facts
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
