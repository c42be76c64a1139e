//! Large lists turned into lists of another type without holding both whole.
//!
//! **In:** a `Vec` and a mapping. **Out:** the mapped `Vec`, in the same order. Used where a
//! document's facts or repairs change type (the record's locations, the normalizer's
//! repairs): the source list is read from its end and given back a slice at a time, so
//! the peak is about the larger list plus one slice, not both lists.

/// Elements read between two trims of the source list.
const SLICE: usize = 1 << 14;

/// `items` mapped by `f`, in order; `f` is called on the elements from the last to the
/// first. The source gives its memory back every [`SLICE`] elements (a trimmed allocation
/// shrinks in place), while the result is filled.
pub(crate) fn map_consuming<T, U>(mut items: Vec<T>, mut f: impl FnMut(T) -> U) -> Vec<U> {
    let mut out = Vec::with_capacity(items.len());
    while let Some(item) = items.pop() {
        out.push(f(item));
        if out.len() % SLICE == 0 {
            items.shrink_to_fit();
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_in_order_across_slices() {
        let n = 3 * SLICE + 5;
        let mut calls = Vec::new();
        let out = map_consuming((0..n).collect(), |i: usize| {
            calls.push(i);
            i as u64 * 2
        });
        assert_eq!(out, (0..n as u64).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(calls.first(), Some(&(n - 1)));
        assert!(map_consuming(Vec::<u8>::new(), |b| b).is_empty());
    }
}
