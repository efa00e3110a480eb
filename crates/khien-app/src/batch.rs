//! Group commit for the vault's writes and destructions: concurrent requests are gathered
//! and carried out by one task in one call (one transaction, one fsync), the way the
//! processing log's sequencer gathers appends. Each request still gets its own result.

use std::future::Future;
use std::sync::OnceLock;

use tokio::sync::{mpsc, oneshot};

use crate::AppError;

type Job<Req, Res> = (Req, oneshot::Sender<Res>);

/// Gathers requests of one kind and runs them in batches.
pub(crate) struct Batcher<Req, Res> {
    tx: OnceLock<mpsc::Sender<Job<Req, Res>>>,
    max: usize,
}

/// How many times the worker lets other tasks run to gather a batch.
const GATHER_YIELDS: u32 = 2;

impl<Req: Send + 'static, Res: Send + 'static> Batcher<Req, Res> {
    /// A batcher of at most `max` requests per call; its worker starts with the first request.
    pub(crate) fn new(max: usize) -> Self {
        Self {
            tx: OnceLock::new(),
            max: max.max(1),
        }
    }

    /// Runs `req` in the next batch: `run` is called with every request gathered and must
    /// return one result per request, in order. `run` is the same for every call (the first
    /// call's starts the worker, which keeps it).
    pub(crate) async fn submit<F, Fut>(&self, req: Req, run: F) -> Result<Res, AppError>
    where
        F: Fn(Vec<Req>) -> Fut + Send + 'static,
        Fut: Future<Output = Vec<Res>> + Send + 'static,
    {
        let tx = self.tx.get_or_init(|| {
            let (tx, rx) = mpsc::channel(self.max * 4);
            tokio::spawn(worker(rx, self.max, run));
            tx
        });
        let (reply, answer) = oneshot::channel();
        tx.send((req, reply))
            .await
            .map_err(|_| AppError::Unavailable("vault"))?;
        answer.await.map_err(|_| AppError::Internal)
    }
}

async fn worker<Req, Res, F, Fut>(mut rx: mpsc::Receiver<Job<Req, Res>>, max: usize, run: F)
where
    F: Fn(Vec<Req>) -> Fut,
    Fut: Future<Output = Vec<Res>>,
{
    while let Some(first) = rx.recv().await {
        let mut jobs = vec![first];
        let mut yields = 0;
        while jobs.len() < max {
            match rx.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) if yields < GATHER_YIELDS => {
                    yields += 1;
                    tokio::task::yield_now().await;
                }
                Err(_) => break,
            }
        }
        let (reqs, replies): (Vec<Req>, Vec<oneshot::Sender<Res>>) = jobs.into_iter().unzip();
        let n = reqs.len();
        let results = run(reqs).await;
        if results.len() != n {
            tracing::error!(
                expected = n,
                got = results.len(),
                "a batch returned the wrong number of results"
            );
            // The replies are dropped: each waiting request fails as internal.
            continue;
        }
        for (reply, r) in replies.into_iter().zip(results) {
            let _ = reply.send(r);
        }
    }
}

/// Runs futures together on this task and returns their outputs in order (a few dozen at a
/// time: every wake polls those still pending).
pub(crate) async fn join_all<F: Future>(futs: Vec<F>) -> Vec<F::Output> {
    let mut futs: Vec<std::pin::Pin<Box<F>>> = futs.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futs.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in futs.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_request_gets_its_own_result_and_batches_gather() {
        let b: std::sync::Arc<Batcher<u32, (u32, usize)>> = std::sync::Arc::new(Batcher::new(64));
        let mut tasks = Vec::new();
        for i in 0..200u32 {
            let b = b.clone();
            tasks.push(tokio::spawn(async move {
                b.submit(i, |reqs: Vec<u32>| async move {
                    let n = reqs.len();
                    reqs.into_iter().map(|r| (r * 2, n)).collect()
                })
                .await
            }));
        }
        let mut largest = 0;
        for (i, t) in tasks.into_iter().enumerate() {
            let (doubled, n) = t.await.expect("task").expect("result");
            assert_eq!(doubled, u32::try_from(i).expect("small") * 2);
            assert!(n <= 64);
            largest = largest.max(n);
        }
        assert!(largest > 1, "concurrent requests were never gathered");
    }

    #[tokio::test]
    async fn join_all_keeps_the_order_and_runs_together() {
        let b: std::sync::Arc<Batcher<u32, usize>> = std::sync::Arc::new(Batcher::new(64));
        let futs: Vec<_> = (0..50u32)
            .map(|i| {
                let b = b.clone();
                async move {
                    let n = b
                        .submit(i, |reqs: Vec<u32>| async move {
                            let n = reqs.len();
                            reqs.into_iter().map(|_| n).collect()
                        })
                        .await
                        .expect("result");
                    (i, n)
                }
            })
            .collect();
        let out = join_all(futs).await;
        assert_eq!(
            out.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            (0..50).collect::<Vec<_>>()
        );
        assert!(
            out.iter().any(|(_, n)| *n > 1),
            "they ran together: {out:?}"
        );
    }

    #[tokio::test]
    async fn a_batch_with_the_wrong_number_of_results_fails_its_requests() {
        let b: Batcher<u32, u32> = Batcher::new(8);
        let r = b
            .submit(1, |_reqs: Vec<u32>| async move { Vec::new() })
            .await;
        assert!(matches!(r, Err(AppError::Internal)));
    }
}
