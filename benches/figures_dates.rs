//! Throughput of the date and figure extractors (the stage alone: normalization, layout
//! and segmentation are done once, outside the measured loop), in bytes of normalized text.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::article::ArticleParser;
use zhnews::extract::dates::DateExtractor;
use zhnews::extract::figures::FigureExtractor;
use zhnews::extract::{Doc, Facts};
use zhnews::segment::Segmenter;
use zhnews::DateValue;

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect()
        })
        .unwrap_or_default();
    names.sort();
    names.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n")
}

fn bench(c: &mut Criterion) {
    let normalized = zhnews::normalize(&corpus());
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
