//! The EU's VAT number check (VIES, REST API): is this number registered in that
//! member state? `GET {VIES_URL}/ms/{country}/vat/{number}` answers JSON with
//! `isValid` and, when the member state's register could not answer, a `userError`
//! such as `MS_UNAVAILABLE`. The tests run it against a local fake over real HTTP.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use serde::Deserialize;
use tokio::net::TcpStream;
use tokio_rustls::rustls::{self, pki_types::ServerName, ClientConfig, RootCertStore};

/// How long one check may take, connection included: a profile save waits for it.
const TIMEOUT: Duration = Duration::from_secs(8);
/// The answer is a small JSON object; anything longer is not VIES.
const MAX_ANSWER: usize = 64 * 1024;

/// Why VIES gave no yes or no: the ID stays unverified, and Support decides.
#[derive(Debug, thiserror::Error)]
pub enum ViesError {
    #[error("VIES_URL is not a usable address")]
    Address,
    #[error("VIES could not be reached: {0}")]
    Unreachable(String),
    #[error("VIES did not answer within {TIMEOUT:?}")]
    Timeout,
    #[error("VIES answered HTTP {0}")]
    Status(u16),
    #[error("the member state's register is unavailable ({0})")]
    Unavailable(String),
    #[error("VIES answered something that is not its JSON")]
    Answer,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Answer {
    is_valid: bool,
    #[serde(default)]
    user_error: Option<String>,
}

/// Whether VIES knows `number` (without its country prefix) as a VAT number of
/// `country` (the member state code, e.g. `NL`).
pub async fn is_registered(base: &str, country: &str, number: &str) -> Result<bool, ViesError> {
    let clean = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric());
    if !clean(country) || !clean(number) {
        return Err(ViesError::Address);
    }
    let url = url::Url::parse(&format!("{base}/ms/{country}/vat/{number}")).map_err(|_| ViesError::Address)?;
    let (status, body) = tokio::time::timeout(TIMEOUT, get(&url)).await.map_err(|_| ViesError::Timeout)??;
    if status != 200 {
        return Err(ViesError::Status(status));
    }
    let answer: Answer = serde_json::from_slice(&body).map_err(|_| ViesError::Answer)?;
    match answer.user_error.as_deref() {
        None | Some("VALID" | "INVALID") => Ok(answer.is_valid),
        Some(other) => Err(ViesError::Unavailable(other.chars().filter(char::is_ascii_alphanumeric).take(40).collect())),
    }
}

async fn get(url: &url::Url) -> Result<(u16, Bytes), ViesError> {
    let host = url.host_str().ok_or(ViesError::Address)?.to_string();
    let port = url.port_or_known_default().ok_or(ViesError::Address)?;
    let tcp = TcpStream::connect((host.as_str(), port)).await.map_err(|e| ViesError::Unreachable(e.kind().to_string()))?;
    let request = http::Request::get(url.path())
        .header(http::header::HOST, host.as_str())
        .header(http::header::ACCEPT, "application/json")
        .header(http::header::USER_AGENT, "membership-offers")
        .body(Empty::<Bytes>::new())
        .map_err(|_| ViesError::Address)?;
    match url.scheme() {
        "https" => {
            let name = ServerName::try_from(host).map_err(|_| ViesError::Address)?;
            let config = tls_config().ok_or_else(|| ViesError::Unreachable("no TLS configuration".into()))?;
            let tls = tokio_rustls::TlsConnector::from(config)
                .connect(name, tcp)
                .await
                .map_err(|e| ViesError::Unreachable(e.kind().to_string()))?;
            send(TokioIo::new(tls), request).await
        }
        "http" => send(TokioIo::new(tcp), request).await,
        _ => Err(ViesError::Address),
    }
}

async fn send<T>(io: T, request: http::Request<Empty<Bytes>>) -> Result<(u16, Bytes), ViesError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let unreachable = |e: hyper::Error| ViesError::Unreachable(e.to_string());
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io).await.map_err(unreachable)?;
    tokio::spawn(connection);
    let response = sender.send_request(request).await.map_err(unreachable)?;
    let status = response.status().as_u16();
    let body = Limited::new(response.into_body(), MAX_ANSWER).collect().await.map_err(|_| ViesError::Answer)?.to_bytes();
    Ok((status, body))
}

/// TLS with the Mozilla roots (webpki-roots) and ring, as lettre uses for SMTP.
fn tls_config() -> Option<Arc<ClientConfig>> {
    static CONFIG: OnceLock<Option<Arc<ClientConfig>>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
            ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .ok()
                .map(|builder| Arc::new(builder.with_root_certificates(roots).with_no_client_auth()))
        })
        .clone()
}
