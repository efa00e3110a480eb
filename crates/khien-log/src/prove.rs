//! Inclusion and consistency proofs from stored tiles.
//!
//! The tiles are read through `tlog_tiles::TileHashReader`, which checks the tiles on the
//! right edge against the signed root, but (as Go's original) not every full tile below
//! them: [`TileSet::prove_inclusion`] and [`TileSet::prove_consistency`] therefore check the
//! proof they made against the root before returning it, so an altered stored tile yields an
//! error, never a wrong proof. The storage is asynchronous and this crate does
//! no I/O, so proving is a loop: try with the tiles at hand; on [`ProveError::Need`], fetch
//! the tiles named and try again.

use std::cell::RefCell;
use std::collections::HashMap;

use tlog_tiles::{
    Hash, Tile, TileHashReader, TileReader, check_record, check_tree, prove_record, prove_tree,
};

use crate::TILE_HEIGHT;

/// Tiles at hand, keyed by `(level, index)`, each at least as wide as it was when stored.
#[derive(Debug, Default)]
pub struct TileSet {
    tiles: HashMap<(u8, u64), Vec<u8>>,
    missing: RefCell<Vec<(u8, u64)>>,
}

/// Why a proof could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProveError {
    /// These tiles are needed: fetch them and try again.
    #[error("cần thêm ô (tiles needed): {0:?}")]
    Need(Vec<(u8, u64)>),
    /// The tiles do not agree with the root, or the request is outside the tree.
    #[error("không lập được bằng chứng (cannot prove): {0}")]
    Tree(String),
}

impl TileSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or widens) a tile.
    pub fn insert(&mut self, level: u8, n: u64, data: Vec<u8>) {
        let slot = self.tiles.entry((level, n)).or_default();
        if data.len() > slot.len() {
            *slot = data;
        }
    }

    /// Tiles held.
    pub fn len(&self) -> usize {
        self.tiles.len()
    }

    /// Whether no tile is held.
    pub fn is_empty(&self) -> bool {
        self.tiles.is_empty()
    }

    /// Forgets every tile.
    pub fn clear(&mut self) {
        self.tiles.clear();
    }

    /// The leaf hash of entry `index` from the level-0 tile at hand, if that tile is held
    /// and wide enough.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        let data = self.tiles.get(&(0, index / crate::TILE_WIDTH))?;
        let at = usize::try_from(index % crate::TILE_WIDTH).ok()? * 32;
        data.get(at..at + 32).map(crate::tree::to_hash)
    }

    /// Forgets the level-0 tiles (1/256 of them are above level 0, and every proof needs
    /// those again).
    pub fn forget_leaves(&mut self) {
        self.tiles.retain(|(level, _), _| *level > 0);
    }

    fn run<T>(
        &self,
        f: impl FnOnce(&TileHashReader<'_>) -> Result<T, tlog_tiles::Error>,
        size: u64,
        root: Hash,
    ) -> Result<T, ProveError> {
        self.missing.borrow_mut().clear();
        let reader = TileHashReader::new(size, root, self);
        match f(&reader) {
            Ok(v) => Ok(v),
            Err(e) => {
                let missing = std::mem::take(&mut *self.missing.borrow_mut());
                if missing.is_empty() {
                    Err(ProveError::Tree(e.to_string()))
                } else {
                    Err(ProveError::Need(missing))
                }
            }
        }
    }

    /// The inclusion proof of the entry with leaf hash `leaf` at `index` in the tree of `size`
    /// leaves with root `root`, checked before it is returned.
    pub fn prove_inclusion(
        &self,
        size: u64,
        root: Hash,
        index: u64,
        leaf: Hash,
    ) -> Result<Vec<Hash>, ProveError> {
        if index >= size {
            return Err(ProveError::Tree(format!("index {index} ≥ size {size}")));
        }
        let proof = self.run(|r| prove_record(size, index, r), size, root)?;
        check_record(&proof, size, root, index, leaf).map_err(|_| {
            ProveError::Tree("stored tiles or entry disagree with the signed root".to_owned())
        })?;
        Ok(proof)
    }

    /// The consistency proof from the tree of `old` leaves (root `old_root`) to the tree of
    /// `size` leaves, checked before it is returned.
    pub fn prove_consistency(
        &self,
        size: u64,
        root: Hash,
        old: u64,
        old_root: Hash,
    ) -> Result<Vec<Hash>, ProveError> {
        if old == 0 || old > size {
            return Err(ProveError::Tree(format!(
                "need 1 ≤ old {old} ≤ size {size}"
            )));
        }
        let proof = self.run(|r| prove_tree(size, old, r), size, root)?;
        check_tree(&proof, size, root, old, old_root).map_err(|_| {
            ProveError::Tree("stored tiles disagree with the signed roots".to_owned())
        })?;
        Ok(proof)
    }
}

impl TileReader for TileSet {
    fn height(&self) -> u8 {
        TILE_HEIGHT
    }

    fn read_tiles(&self, tiles: &[Tile]) -> Result<Vec<Vec<u8>>, tlog_tiles::Error> {
        let mut out = Vec::with_capacity(tiles.len());
        let mut missing = self.missing.borrow_mut();
        for t in tiles {
            let need = t.width() as usize * 32;
            match self.tiles.get(&(t.level(), t.level_index())) {
                Some(d) if d.len() >= need => out.push(d[..need].to_vec()),
                _ => missing.push((t.level(), t.level_index())),
            }
        }
        if missing.is_empty() {
            Ok(out)
        } else {
            Err(tlog_tiles::Error::InvalidTile)
        }
    }

    fn save_tiles(&self, _tiles: &[Tile], _data: &[Vec<u8>]) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leaf_hash;
    use crate::tree::Edge;

    const OLD: [u64; 8] = [1, 2, 255, 256, 257, 65_536, 69_999, 70_000];

    fn build(n: u64) -> (TileSet, Edge, Vec<(u64, Hash)>) {
        let mut edge = Edge::new();
        let mut full = Vec::new();
        let mut roots = Vec::new();
        for i in 0..n {
            edge.push(leaf_hash(&i.to_be_bytes()), &mut full);
            if OLD.contains(&(i + 1)) {
                roots.push((i + 1, edge.root()));
            }
        }
        let mut set = TileSet::new();
        for t in full.into_iter().chain(edge.partial_tiles()) {
            set.insert(t.level, t.n, t.data);
        }
        (set, edge, roots)
    }

    #[test]
    fn proofs_from_tiles_check_against_the_root() -> Result<(), ProveError> {
        let (set, edge, roots) = build(70_000);
        let (size, root) = (edge.size(), edge.root());
        for index in [0u64, 1, 255, 256, 65_535, 65_536, 69_999] {
            let leaf = leaf_hash(&index.to_be_bytes());
            let p = set.prove_inclusion(size, root, index, leaf)?;
            assert!(check_record(&p, size, root, index, leaf).is_ok());
            assert!(
                set.prove_inclusion(size, root, index, leaf_hash(b"other"))
                    .is_err()
            );
        }
        for (old, old_root) in roots {
            let p = set.prove_consistency(size, root, old, old_root)?;
            assert!(
                check_tree(&p, size, root, old, old_root).is_ok(),
                "old {old}"
            );
        }
        Ok(())
    }

    #[test]
    fn missing_tiles_are_named_and_wrong_tiles_refused() {
        let (set, edge, _) = build(1000);
        let empty = TileSet::new();
        let leaf5 = leaf_hash(&5u64.to_be_bytes());
        assert!(matches!(
            empty.prove_inclusion(edge.size(), edge.root(), 5, leaf5),
            Err(ProveError::Need(_))
        ));
        let mut bad = TileSet::new();
        for (k, v) in &set.tiles {
            let mut v = v.clone();
            if *k == (0, 0) {
                v[0] ^= 1;
            }
            bad.insert(k.0, k.1, v);
        }
        let got = bad.prove_inclusion(edge.size(), edge.root(), 5, leaf5);
        assert!(matches!(got, Err(ProveError::Tree(_))), "{got:?}");
        assert!(matches!(
            set.prove_inclusion(edge.size(), edge.root(), 1000, leaf5),
            Err(ProveError::Tree(_))
        ));
    }
}
