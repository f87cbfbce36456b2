//! Pure work shared out between threads: `map` gives what a sequential
//! map gives, in order. It owns no state and does no I/O; callers use it
//! only for functions whose result depends on their input alone
//! (extraction, sketches), so output never depends on scheduling.

/// Fewer items than this are mapped on the calling thread.
const PARALLEL_ITEMS_MIN: usize = 4;

/// Most threads `map` uses (one per core up to this).
const THREADS_MAX: usize = 4;

/// `items.iter().map(f).collect()`, computed by up to one thread per core
/// (each a contiguous share of the items). A panic in `f` is raised again
/// on the calling thread.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(THREADS_MAX);
    if threads < 2 || items.len() < PARALLEL_ITEMS_MIN {
        return items.iter().map(f).collect();
    }
    let share = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().map(f).collect()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for worker in workers {
            match worker.join() {
                Ok(part) => {
                    let part: Vec<R> = part;
                    out.extend(part);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn map_keeps_the_order_of_a_sequential_map() {
        for n in [0, 1, 3, 4, 5, 17, 100] {
            let items: Vec<u64> = (0..n).collect();
            let expected: Vec<u64> = items.iter().map(|x| x * x + 1).collect();
            assert_eq!(super::map(&items, |x| x * x + 1), expected);
        }
    }
}
