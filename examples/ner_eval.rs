//! `ner_eval [--model FILE] [--dev] [--errors] BMES_FILE` — exact-span precision, recall and F1 per type
//! (PER, ORG, LOC, overall) of the NER tagger on a BMES file (e.g. MSRA's `msra_test.txt`),
//! and its speed. Uses the embedded model unless `--model` names a trainer output; `--dev`
//! scores only the last 5 % of the file (the trainer's held-out part of `msra_train.txt`); `--errors` lists each
//! missed (`-`) and spurious (`+`) span with its sentence.

use std::time::{Duration, Instant};
use zhnews::internals::tagger::train::{read_bmes, Counts};
use zhnews::internals::tagger::{char_entities, Kind, Scratch, Tag, Tagger};
use zhnews::internals::Segmenter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut model = None;
    let mut dev = false;
    let mut errors = false;
    let mut input = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" => model = Some(args.next().ok_or("--model FILE")?),
            "--dev" => dev = true,
            "--errors" => errors = true,
            _ => input = Some(arg),
        }
    }
    let input = input.ok_or("usage: ner_eval [--model FILE] [--dev] [--errors] BMES_FILE")?;
    let t0 = Instant::now();
    let tagger: &Tagger = match model {
        Some(path) => Box::leak(Box::new(Tagger::from_bytes(Box::leak(std::fs::read(path)?.into_boxed_slice()))?)),
        None => Tagger::global(),
    };
    let load = t0.elapsed();
    let t1 = Instant::now();
    std::hint::black_box(zhnews::internals::tagger::features::Lexicons::new());
    let lexicons = t1.elapsed();
    let mut sentences = read_bmes(&std::fs::read_to_string(&input)?)?;
    if dev {
        sentences = sentences.split_off(sentences.len() - sentences.len() / 20);
    }
    let segmenter = Segmenter::new(&[]);
    let tokens: Vec<_> = sentences.iter().map(|s| segmenter.tokens(&s.text)).collect();
    let mut counts = Counts::default();
    let mut scratch = Scratch::default();
    let (mut bytes, mut chars) = (0usize, 0usize);
    for (s, tokens) in sentences.iter().zip(&tokens) {
        let tags = tagger.tags_with(&mut scratch, &s.text, tokens);
        bytes += s.text.len();
        chars += s.tags.len();
        counts.add(&s.tags, &tags);
        if errors {
            print_errors(&s.text, &s.tags, &tags);
        }
    }
    // Speed: the fastest of three timed passes (the machine may be shared).
    let tagging = (0..3)
        .map(|_| {
            let t = Instant::now();
            for (s, tokens) in sentences.iter().zip(&tokens) {
                std::hint::black_box(tagger.tags_with(&mut scratch, &s.text, tokens));
            }
            t.elapsed()
        })
        .min()
        .unwrap_or(Duration::ZERO);
    println!("{input}: {} sentences, {chars} characters", sentences.len());
    println!(
        "model: {} features, {:.2} MB; tagger ready in {load:.2?}, of which {lexicons:.2?} building the lexicon automata",
        tagger.model().len(),
        tagger.model().size() as f64 / 1e6
    );
    if tagger.model().lexicon_hash != tagger.lexicons().hash() {
        println!("note: the lexicons changed since the model was trained (retrain with scripts/train-ner.sh)");
    }
    println!("{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}", "type", "precision", "recall", "F1", "gold", "pred");
    for kind in Kind::ALL.map(Some).into_iter().chain([None]) {
        let (p, r, f) = counts.prf(kind);
        let (gold, pred) = match kind {
            Some(k) => (counts.per_kind[k as usize].2, counts.per_kind[k as usize].1),
            None => counts.per_kind.iter().fold((0, 0), |a, c| (a.0 + c.2, a.1 + c.1)),
        };
        println!("{:<6} {p:>9.4} {r:>9.4} {f:>9.4} {gold:>7} {pred:>7}", kind.map_or("all", Kind::name));
    }
    let secs = tagging.as_secs_f64();
    println!(
        "tagging (features + Viterbi, jieba excluded; fastest of 3 passes): {:.2} MB/s, {:.0} chars/s",
        bytes as f64 / 1e6 / secs,
        chars as f64 / secs
    );
    Ok(())
}

fn print_errors(text: &str, gold: &[Tag], pred: &[Tag]) {
    let chars: Vec<char> = text.chars().collect();
    let (g, p) = (char_entities(gold), char_entities(pred));
    let show = |(k, r): &(Kind, std::ops::Range<usize>)| {
        format!("{} {}", k.name(), chars[r.clone()].iter().collect::<String>())
    };
    let missed: Vec<String> = g.iter().filter(|e| !p.contains(e)).map(show).collect();
    let spurious: Vec<String> = p.iter().filter(|e| !g.contains(e)).map(show).collect();
    if !missed.is_empty() || !spurious.is_empty() {
        println!("{text}\n  - {}\n  + {}", missed.join(" | "), spurious.join(" | "));
    }
}
