//! Throughput of the article stage (layout of normalized text), in bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use zhnews::internals::ArticleParser;

fn pages() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["corpus", "tests/pages"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
            if let Ok(text) = std::fs::read_to_string(&p) {
                let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                out.push((name, zhnews::normalize(&text).as_str().to_string()));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let parser = ArticleParser::new();
    let pages = pages();
    let all: String = pages.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
    let mut group = c.benchmark_group("article");
    group.throughput(Throughput::Bytes(all.len() as u64));
    group.bench_function("all_pages", |b| {
        b.iter(|| {
            for (_, t) in &pages {
                black_box(parser.parse(black_box(t)));
            }
        })
    });
    // One long page: cost must stay linear.
    let long = all.repeat(20);
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("long_page", |b| b.iter(|| black_box(parser.parse(black_box(&long)))));
    group.finish();
    c.bench_function("article/parser_new", |b| b.iter(|| black_box(ArticleParser::new())));
}

criterion_group!(benches, bench);
criterion_main!(benches);
