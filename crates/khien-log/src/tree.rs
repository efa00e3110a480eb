//! The right edge of the Merkle tree (RFC 6962/9162 §2.1), in tiles of height 8.
//!
//! Level `L` of the tiling holds the hashes of the complete subtrees of `256^L` leaves. The
//! edge keeps, for each level, the hashes of the tile being filled; when a tile fills, its
//! subtree hash moves one level up. Growing the tree therefore touches only the edge, and the
//! full tiles leave the edge exactly once, ready to be stored.

use tlog_tiles::{Hash, Tile, node_hash};

use crate::{TILE_HEIGHT, TILE_WIDTH};

/// A tile whose content changed: `(level, index, hashes)` with `hashes.len()` its width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TileWrite {
    /// Level.
    pub level: u8,
    /// Index within the level.
    pub n: u64,
    /// The concatenated hashes (32 bytes each).
    pub data: Vec<u8>,
}

impl TileWrite {
    /// Hashes in the tile.
    pub fn width(&self) -> u64 {
        (self.data.len() / 32) as u64
    }
}

/// The right edge of a tree.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edge {
    size: u64,
    levels: Vec<Vec<Hash>>,
}

/// The partial tiles an edge of `size` leaves is rebuilt from: `(level, index, width)`.
pub fn edge_tiles(size: u64) -> Vec<(u8, u64, u64)> {
    let mut out = Vec::new();
    let mut level = 0u8;
    let mut count = size;
    while count > 0 {
        let width = count % TILE_WIDTH;
        if width > 0 {
            out.push((level, count / TILE_WIDTH, width));
        }
        count /= TILE_WIDTH;
        level += 1;
    }
    out
}

/// Why an edge could not be rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ô cạnh phải không khớp kích thước cây (edge tile {level}/{n} does not fit the tree size)")]
pub struct EdgeError {
    /// Level of the offending tile.
    pub level: u8,
    /// Its index.
    pub n: u64,
}

impl Edge {
    /// The empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Leaves in the tree.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Rebuilds the edge of a tree of `size` leaves from its partial tiles (see
    /// [`edge_tiles`]), each given as `(level, index, data)` with data at least as wide as
    /// needed (a stored tile may have grown since).
    pub fn from_tiles(size: u64, tiles: &[(u8, u64, &[u8])]) -> Result<Self, EdgeError> {
        let mut edge = Self {
            size,
            levels: Vec::new(),
        };
        for (level, n, width) in edge_tiles(size) {
            let data = tiles
                .iter()
                .find(|(l, i, _)| *l == level && *i == n)
                .map(|(_, _, d)| *d)
                .ok_or(EdgeError { level, n })?;
            let need = usize::try_from(width).map_err(|_| EdgeError { level, n })? * 32;
            let data = data.get(..need).ok_or(EdgeError { level, n })?;
            let idx = usize::from(level);
            if edge.levels.len() <= idx {
                edge.levels.resize(idx + 1, Vec::new());
            }
            edge.levels[idx] = data.chunks_exact(32).map(to_hash).collect();
        }
        Ok(edge)
    }

    /// Adds a leaf; every tile completed by it is pushed to `full`.
    pub fn push(&mut self, leaf: Hash, full: &mut Vec<TileWrite>) {
        self.size += 1;
        let mut hash = leaf;
        let mut level = 0usize;
        loop {
            if self.levels.len() <= level {
                self.levels.push(Vec::with_capacity(TILE_WIDTH as usize));
            }
            self.levels[level].push(hash);
            if self.levels[level].len() as u64 != TILE_WIDTH {
                return;
            }
            let hashes = std::mem::take(&mut self.levels[level]);
            let data: Vec<u8> = hashes.iter().flat_map(|h| h.0).collect();
            hash = Tile::subtree_hash(&data);
            // Complete subtrees of 256^level leaves so far, in tiles of 256.
            let count = self.size >> (u32::from(TILE_HEIGHT) * level as u32);
            full.push(TileWrite {
                level: level as u8,
                n: count / TILE_WIDTH - 1,
                data,
            });
            self.levels[level] = Vec::with_capacity(TILE_WIDTH as usize);
            level += 1;
        }
    }

    /// The partial tiles of the edge, as they are now.
    pub fn partial_tiles(&self) -> Vec<TileWrite> {
        edge_tiles(self.size)
            .into_iter()
            .filter_map(|(level, n, _)| {
                let hashes = self.levels.get(usize::from(level))?;
                Some(TileWrite {
                    level,
                    n,
                    data: hashes.iter().flat_map(|h| h.0).collect(),
                })
            })
            .collect()
    }

    /// The root hash (RFC 6962 MTH) of the tree.
    pub fn root(&self) -> Hash {
        // The complete subtrees along the right edge, largest first.
        let mut subtrees = Vec::new();
        for hashes in self.levels.iter().rev() {
            let data: Vec<u8> = hashes.iter().flat_map(|h| h.0).collect();
            let mut start = 0usize;
            for bit in (0..TILE_HEIGHT).rev() {
                let chunk = 1usize << bit;
                if hashes.len() & chunk != 0 {
                    subtrees.push(Tile::subtree_hash(&data[start * 32..(start + chunk) * 32]));
                    start += chunk;
                }
            }
        }
        let Some((last, rest)) = subtrees.split_last() else {
            return tlog_tiles::EMPTY_HASH;
        };
        rest.iter().rev().fold(*last, |acc, h| node_hash(*h, acc))
    }
}

/// A 32-byte chunk as a hash.
pub(crate) fn to_hash(chunk: &[u8]) -> Hash {
    let mut h = [0u8; 32];
    h.copy_from_slice(&chunk[..32]);
    Hash(h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leaf_hash;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use tlog_tiles::{HashReader, stored_hashes, tree_hash};

    /// Go's reference algorithm, as ported in `tlog_tiles`: every stored hash in memory.
    struct Stored(HashMap<u64, Hash>);
    impl HashReader for Stored {
        fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, tlog_tiles::Error> {
            indexes
                .iter()
                .map(|i| {
                    self.0
                        .get(i)
                        .copied()
                        .ok_or(tlog_tiles::Error::IndexesNotInTree)
                })
                .collect()
        }
    }

    /// Sizes whose root is compared: every size up to 3 000, then every 97th.
    fn compared(size: u64) -> bool {
        size <= 3_000 || size.is_multiple_of(97) || size % 256 <= 1
    }

    fn reference_roots(n: u64) -> Vec<Hash> {
        let mut stored = Stored(HashMap::new());
        let mut roots = vec![tlog_tiles::EMPTY_HASH];
        for i in 0..n {
            let data = i.to_be_bytes();
            let hs = stored_hashes(i, &data, &stored).unwrap_or_default();
            let base = tlog_tiles::stored_hash_index(0, i);
            for (k, h) in hs.into_iter().enumerate() {
                stored.0.insert(base + k as u64, h);
            }
            let root = if compared(i + 1) {
                tree_hash(i + 1, &stored).unwrap_or_default()
            } else {
                Hash::default()
            };
            roots.push(root);
        }
        roots
    }

    #[test]
    fn roots_match_the_reference_algorithm_for_every_size_up_to_70_000() {
        let n = 70_000u64;
        let reference = reference_roots(n);
        let mut edge = Edge::new();
        let mut full = Vec::new();
        assert_eq!(edge.root(), reference[0]);
        for i in 0..n {
            edge.push(leaf_hash(&i.to_be_bytes()), &mut full);
            if compared(i + 1) {
                assert_eq!(edge.root(), reference[(i + 1) as usize], "size {}", i + 1);
            }
        }
        // 70 000 leaves: 273 full level-0 tiles, 1 full level-1 tile.
        assert_eq!(full.iter().filter(|t| t.level == 0).count(), 273);
        assert_eq!(full.iter().filter(|t| t.level == 1).count(), 1);
        assert!(full.iter().all(|t| t.width() == 256));
    }

    proptest! {
        #[test]
        fn an_edge_rebuilt_from_its_partial_tiles_is_the_same_edge(n in 0u64..5_000, more in 0u64..600) {
            let mut edge = Edge::new();
            let mut full = Vec::new();
            for i in 0..n {
                edge.push(leaf_hash(&i.to_le_bytes()), &mut full);
            }
            let partial = edge.partial_tiles();
            let refs: Vec<(u8, u64, &[u8])> =
                partial.iter().map(|t| (t.level, t.n, t.data.as_slice())).collect();
            let mut rebuilt = Edge::from_tiles(n, &refs).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&rebuilt, &edge);
            let (mut f1, mut f2) = (Vec::new(), Vec::new());
            for i in n..n + more {
                edge.push(leaf_hash(&i.to_le_bytes()), &mut f1);
                rebuilt.push(leaf_hash(&i.to_le_bytes()), &mut f2);
            }
            prop_assert_eq!(edge.root(), rebuilt.root());
            prop_assert_eq!(f1, f2);
        }
    }

    #[test]
    fn a_missing_edge_tile_is_reported() {
        assert_eq!(
            Edge::from_tiles(300, &[]),
            Err(EdgeError { level: 0, n: 1 })
        );
        assert_eq!(edge_tiles(0), vec![]);
        assert_eq!(edge_tiles(256), vec![(1, 0, 1)]);
        assert_eq!(edge_tiles(65_537), vec![(0, 256, 1), (2, 0, 1)]);
    }
}
