//! Connected components of a symmetric relation over `0..n`, by union-find.
//! Used for events (the match relation) and for independent sources (the
//! near-duplicate relation).

/// The component root of every index: `i` and `j` share a root exactly when
/// a chain of `joined` pairs links them. Roots are the smallest index of
/// their component, so the result does not depend on the order pairs are
/// tried. `joined` is asked only about pairs not already linked.
pub fn component_roots(
    n: usize,
    mut joined: impl FnMut(usize, usize) -> bool,
) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..n {
        for j in (i + 1)..n {
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            if ri != rj && joined(i, j) {
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    (0..n).map(|i| find(&mut parent, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_join_and_roots_are_smallest_indexes() {
        let links = [(0, 2), (2, 4), (1, 3)];
        let roots = component_roots(6, |i, j| links.contains(&(i, j)));
        assert_eq!(roots, vec![0, 1, 0, 1, 0, 5]);
    }
}
