//! Text → `normalize`: the alignment tiles the input and the output, repairs are sorted,
//! disjoint and rebuild the output from the input, and normalizing again changes nothing.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: zhnews_fuzz::warm_up(), |text: &str| {
    let out = zhnews::normalize(text);
    let a = zhnews::internals::alignment(&out);
    assert_eq!(a.orig_len(), text.len());
    assert_eq!(a.norm_len(), out.as_str().len());
    let (mut o, mut n) = (0, 0);
    for p in a.pieces() {
        assert_eq!((p.orig.start, p.norm.start), (o, n), "gap or overlap in the alignment");
        assert!(p.orig.start <= p.orig.end && p.norm.start <= p.norm.end, "reversed piece in the alignment");
        assert!(text.is_char_boundary(p.orig.end) && out.as_str().is_char_boundary(p.norm.end));
        if p.identity {
            assert_eq!(&text[p.orig.clone()], &out.as_str()[p.norm.clone()]);
        }
        (o, n) = (p.orig.end, p.norm.end);
    }
    assert_eq!((o, n), (text.len(), out.as_str().len()));
    let mut rebuilt = String::new();
    let mut pos = 0;
    for r in out.repairs() {
        let span = r.original.range();
        assert!(span.start >= pos, "repairs overlap or are out of order");
        assert_eq!(r.before, text[span.clone()]);
        rebuilt.push_str(&text[pos..span.start]);
        rebuilt.push_str(&r.after);
        pos = span.end;
    }
    rebuilt.push_str(&text[pos..]);
    assert_eq!(rebuilt, out.as_str(), "repairs do not rebuild the output");
    let again = zhnews::normalize(out.as_str());
    assert_eq!(again.as_str(), out.as_str(), "not idempotent");
});
