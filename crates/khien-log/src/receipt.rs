//! Offline inclusion receipts in the C2SP tlog-proof format (`c2sp.org/tlog-proof@v1`): the
//! entry itself (as the `extra` data), its index, the RFC 6962 inclusion proof and the signed
//! checkpoint it was proven against. Anyone holding the log's verifier key can check one
//! without the server.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use tlog_tiles::{Hash, RecordProof, check_record};

use crate::keys::{CheckpointError, Verifier};
use crate::leaf_hash;

const HEADER: &str = "c2sp.org/tlog-proof@v1";

/// A receipt.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    /// The entry's bytes.
    pub entry: Vec<u8>,
    /// Its index.
    pub index: u64,
    /// The inclusion proof.
    pub proof: Vec<Hash>,
    /// The signed checkpoint.
    pub checkpoint: String,
}

/// Why a receipt does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReceiptError {
    /// Not a tlog-proof.
    #[error("biên nhận sai định dạng c2sp.org/tlog-proof@v1 (malformed receipt): {0}")]
    Malformed(&'static str),
    /// The checkpoint does not verify.
    #[error("điểm kiểm tra trong biên nhận: {0}")]
    Checkpoint(#[from] CheckpointError),
    /// The index is beyond the checkpoint.
    #[error("chỉ số {index} nằm ngoài cây kích thước {size} (index outside the checkpointed tree)")]
    Index {
        /// The index.
        index: u64,
        /// The tree size.
        size: u64,
    },
    /// The proof does not lead from the entry to the root.
    #[error(
        "bằng chứng bao hàm không khớp: bản ghi {index} không thuộc cây đã ký \
         (inclusion proof does not match: the entry is not in the signed tree)"
    )]
    Proof {
        /// The index.
        index: u64,
    },
}

/// A receipt that held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// The entry's index.
    pub index: u64,
    /// The size of the tree it was proven in.
    pub size: u64,
}

impl Receipt {
    /// The receipt's text.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{HEADER}\nextra {}\nindex {}\n",
            STANDARD.encode(&self.entry),
            self.index
        );
        for h in &self.proof {
            out.push_str(&STANDARD.encode(h.0));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.checkpoint);
        out
    }

    /// Parses a receipt.
    pub fn parse(text: &str) -> Result<Self, ReceiptError> {
        let (head, checkpoint) = text.split_once("\n\n").ok_or(ReceiptError::Malformed(
            "no blank line before the checkpoint",
        ))?;
        let mut lines = head.lines();
        if lines.next() != Some(HEADER) {
            return Err(ReceiptError::Malformed(
                "first line must be c2sp.org/tlog-proof@v1",
            ));
        }
        let mut line = lines
            .next()
            .ok_or(ReceiptError::Malformed("no index line"))?;
        let entry = match line.strip_prefix("extra ") {
            Some(b64) => {
                let e = STANDARD
                    .decode(b64)
                    .map_err(|_| ReceiptError::Malformed("extra is not base64"))?;
                line = lines
                    .next()
                    .ok_or(ReceiptError::Malformed("no index line"))?;
                e
            }
            None => return Err(ReceiptError::Malformed("no extra line (the entry)")),
        };
        let index = line
            .strip_prefix("index ")
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or(ReceiptError::Malformed("bad index line"))?;
        let proof = lines
            .map(|l| {
                let raw = STANDARD
                    .decode(l)
                    .map_err(|_| ReceiptError::Malformed("proof hash is not base64"))?;
                let arr: [u8; 32] = raw
                    .try_into()
                    .map_err(|_| ReceiptError::Malformed("proof hash is not 32 bytes"))?;
                Ok::<Hash, ReceiptError>(Hash(arr))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            entry,
            index,
            proof,
            checkpoint: checkpoint.to_owned(),
        })
    }

    /// Checks the receipt with the log's verifier key.
    pub fn check(&self, key: &Verifier) -> Result<Checked, ReceiptError> {
        let cp = key.verify_checkpoint(self.checkpoint.as_bytes())?;
        if self.index >= cp.size {
            return Err(ReceiptError::Index {
                index: self.index,
                size: cp.size,
            });
        }
        let proof: RecordProof = self.proof.clone();
        check_record(&proof, cp.size, cp.root, self.index, leaf_hash(&self.entry))
            .map_err(|_| ReceiptError::Proof { index: self.index })?;
        Ok(Checked {
            index: self.index,
            size: cp.size,
        })
    }
}
