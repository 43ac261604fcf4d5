//! Places counted per key, each cap checked and taken under one lock: the
//! requests in flight per partner and per address (`in_flight.rs`), and
//! the connections open per peer address (`net.rs`).

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

/// The places taken, by key. It holds only keys with a place taken, so
/// its size is bounded by what is open at once.
#[derive(Debug)]
pub struct Places<K> {
    held: Mutex<HashMap<K, usize>>,
}

impl<K> Default for Places<K> {
    fn default() -> Self {
        Places {
            held: Mutex::new(HashMap::new()),
        }
    }
}

/// What a request in flight counts against (`in_flight.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InFlightKey {
    Partner(String),
    Address(IpAddr),
}

/// The requests in flight, by key.
pub type InFlight = Places<InFlightKey>;

/// One place under a key, given back when dropped.
#[derive(Debug)]
pub struct Place<K: Eq + Hash> {
    owner: Arc<Places<K>>,
    key: K,
}

impl<K: Eq + Hash + Clone> Places<K> {
    /// A place under `key` when fewer than `cap` are taken.
    pub fn enter(self: &Arc<Self>, key: K, cap: usize) -> Option<Place<K>> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(key.clone()).or_insert(0);
        if *count >= cap {
            return None;
        }
        *count += 1;
        Some(Place {
            owner: Arc::clone(self),
            key,
        })
    }

    /// The keys with a place taken now.
    pub fn keys(&self) -> usize {
        self.held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

impl<K: Eq + Hash> Drop for Place<K> {
    fn drop(&mut self) {
        let mut held = self
            .owner
            .held
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = held.get_mut(&self.key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                held.remove(&self.key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_capped_per_key_and_given_back() {
        let places = Arc::new(Places::default());
        let first = places.enter("p1", 2);
        let second = places.enter("p1", 2);
        assert!(first.is_some() && second.is_some());
        assert!(places.enter("p1", 2).is_none(), "the cap is 2");
        assert!(places.enter("p2", 2).is_some(), "another key has its own");
        drop(first);
        let third = places.enter("p1", 2);
        assert!(third.is_some(), "a place given back is free again");
        drop((second, third));
        assert_eq!(places.keys(), 0, "a key with nothing taken is gone");
    }
}
