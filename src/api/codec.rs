//! How a page's data reaches the browser twice: serialized into the page for
//! hydration, and as a server function's answer when the browser loads the page itself.
//!
//! Both are JSON. Leptos's default resource codec decodes the page's copy with
//! `serde_json::from_str` and server functions decode their answers with
//! `serde_json::from_slice`: the same types, deserialized through two readers, so
//! the wasm carried every page type's decoder twice (about a tenth of the main
//! module). [`Json`] decodes the page's copy from its bytes too.

use std::future::Future;

use leptos::prelude::Resource;
use leptos::server::codee::{Decoder, Encoder};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// JSON, decoded as server functions decode their answers (from bytes).
pub struct Json;

impl<T: Serialize> Encoder<T> for Json {
    type Error = serde_json::Error;
    type Encoded = String;

    fn encode(value: &T) -> Result<String, Self::Error> {
        serde_json::to_string(value)
    }
}

impl<T: DeserializeOwned> Decoder<T> for Json {
    type Error = serde_json::Error;
    type Encoded = str;

    fn decode(encoded: &str) -> Result<T, Self::Error> {
        serde_json::from_slice(encoded.as_bytes())
    }
}

/// A page's data: `Resource::new` with the [`Json`] codec, loaded again whenever
/// `source` changes.
pub fn page_data<T, S, Fut>(
    source: impl Fn() -> S + Send + Sync + 'static,
    fetcher: impl Fn(S) -> Fut + Send + Sync + 'static,
) -> Resource<T, Json>
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
    S: PartialEq + Clone + Send + Sync + 'static,
    Fut: Future<Output = T> + Send + 'static,
{
    Resource::new_with_options(source, fetcher, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_it_encodes() {
        let value = (String::from("Action Pack « 2026 »"), vec![1_u32, 2], Some(-3_i64));
        let encoded = <Json as Encoder<_>>::encode(&value).unwrap();
        let decoded: (String, Vec<u32>, Option<i64>) = <Json as Decoder<_>>::decode(&encoded).unwrap();
        assert_eq!(decoded, value);
        assert!(<Json as Decoder<u32>>::decode("\"not a number\"").is_err());
    }
}
